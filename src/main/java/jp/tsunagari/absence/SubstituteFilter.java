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

import jp.tsunagari.system.ProcedureTitle;

/**
 * The Tasklist filter 代理のタスク: the tasks given to the signed-in user as someone's substitute (a candidate-user link;
 * the models route work to groups only, so no other task has one). Offered only to people acting for someone now:
 * each gets READ on the filter while one of their absences is under way, so nobody else sees an empty filter.
 */
class SubstituteFilter {

	static final String NAME = "代理のタスク";

	private final FilterService filters;

	private final TaskService tasks;

	private final AuthorizationService authorizations;

	private final UserGrants grants;

	SubstituteFilter(FilterService filters, TaskService tasks, AuthorizationService authorizations, UserGrants grants) {
		this.filters = filters;
		this.tasks = tasks;
		this.authorizations = authorizations;
		this.grants = grants;
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

	private String filterId() {
		Filter existing = filters.createFilterQuery().filterName(NAME).singleResult();
		if (existing != null) {
			return existing.getId();
		}
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
