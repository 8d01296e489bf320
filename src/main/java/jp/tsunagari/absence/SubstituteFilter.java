package jp.tsunagari.absence;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;

import org.springframework.jdbc.core.JdbcTemplate;

import jp.tsunagari.system.ProcedureTitle;

/**
 * The Tasklist filter 代理のタスク: the tasks given to the signed-in user as someone's substitute (a candidate-user link;
 * the models route work to groups only, so no other task has one). Offered only to people acting for someone now:
 * each gets READ on the filter while one of their absences is under way, so nobody else sees an empty filter. The
 * filter is created once, by the first node that needs it ({@code TSG_ABSENCE_FILTER}).
 */
class SubstituteFilter {

	static final String NAME = "代理のタスク";

	private final FilterService filters;

	private final TaskService tasks;

	private final AuthorizationService authorizations;

	private final UserGrants grants;

	private final JdbcTemplate jdbc;

	SubstituteFilter(FilterService filters, TaskService tasks, AuthorizationService authorizations, UserGrants grants,
			JdbcTemplate jdbc) {
		this.filters = filters;
		this.tasks = tasks;
		this.authorizations = authorizations;
		this.grants = grants;
		this.jdbc = jdbc;
	}

	void grant(String userId) {
		String filterId = filterId();
		if (!grants.exist(userId, Resources.FILTER, filterId)) {
			Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			read.setUserId(userId);
			read.setResource(Resources.FILTER);
			read.setResourceId(filterId);
			read.addPermission(Permissions.READ);
			authorizations.saveAuthorization(read);
		}
	}

	void revoke(String userId) {
		grants.revoke(userId, Resources.FILTER, filterId());
	}

	/** The filter's id, created (again, if an administrator deleted it) when there is none. */
	private String filterId() {
		List<String> stored = jdbc.queryForList("SELECT FILTER_ID FROM TSG_ABSENCE_FILTER WHERE NAME = ?",
				String.class, NAME);
		if (!stored.isEmpty() && filters.getFilter(stored.get(0)) != null) {
			return stored.get(0);
		}
		jdbc.update("DELETE FROM TSG_ABSENCE_FILTER WHERE NAME = ?", NAME);
		String created = newFilter();
		jdbc.update("INSERT INTO TSG_ABSENCE_FILTER (NAME, FILTER_ID) VALUES (?, ?)", NAME, created);
		return created;
	}

	private String newFilter() {
		Filter filter = filters.newTaskFilter(NAME)
			.setQuery(tasks.createTaskQuery()
				.taskCandidateUserExpression("${currentUser()}")
				.withCandidateUsers()
				.includeAssignedTasks())
			.setProperties(Map.of("description", "不在の職員に代わって受け持つタスク", "priority", -7, "refresh", true,
					"variables", List.of(Map.of("name", ProcedureTitle.VARIABLE, "label", "件名"))));
		return filters.saveFilter(filter).getId();
	}

}
