package jp.tsunagari.directory;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

import jp.tsunagari.system.ProcedureTitle;

/**
 * The Tasklist filters every municipality starts with. What a filter lists is further limited by the engine's
 * authorization checks, so 期限切れ shows each user the overdue tasks they may see, and 全件 is only offered to
 * managers.
 */
class TasklistFilters {

	/** A filter: its Japanese name and description, its place in the list, and what it asks for. */
	record Definition(String name, String description, int priority, Function<TaskQuery, TaskQuery> query) {
	}

	static final List<Definition> DEFINITIONS = List.of(
			new Definition("自分のタスク", "自分が担当しているタスク", -10,
					query -> query.taskAssigneeExpression("${currentUser()}")),
			new Definition("部署のタスク", "所属する部署・組織に割り当てられたタスク", -5,
					query -> query.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()),
			new Definition("期限切れ", "期限を過ぎたタスク", 0,
					query -> query.dueBeforeExpression("${now()}").orderByDueDate().asc()),
			new Definition("全件", "すべてのタスク（管理職向け）", 10, query -> query));

	static final String MANAGERS_ONLY = "全件";

	/**
	 * What every task card shows besides the task's and the process's names: the title each model sets (件名: the
	 * survey, the sheet's programme, the event, a case number), so that eight sheets of one evaluation differ.
	 */
	static final List<Map<String, Object>> DISPLAYED_VARIABLES = List
		.of(Map.of("name", ProcedureTitle.VARIABLE, "label", "件名"));

	private final FilterService filters;

	private final TaskService tasks;

	private final AuthorizationService authorizations;

	TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
		this.filters = filters;
		this.tasks = tasks;
		this.authorizations = authorizations;
	}

	void ensure(List<String> managerGroups) {
		for (Definition definition : DEFINITIONS) {
			String filterId = existingOrNew(definition).getId();
			if (MANAGERS_ONLY.equals(definition.name())) {
				managerGroups.forEach(group -> grantRead(filterId, AUTH_TYPE_GRANT, group));
			}
			else {
				grantRead(filterId, AUTH_TYPE_GLOBAL, null);
			}
		}
	}

	/** A filter created by an earlier version gets today's properties; one already up to date is not written. */
	private Filter existingOrNew(Definition definition) {
		Map<String, Object> properties = Map.of("description", definition.description(), "priority",
				definition.priority(), "refresh", true, "variables", DISPLAYED_VARIABLES);
		List<Filter> existing = filters.createFilterQuery().filterName(definition.name()).list();
		if (!existing.isEmpty()) {
			Filter filter = existing.get(0);
			if (properties.equals(filter.getProperties())) {
				return filter;
			}
			return filters.saveFilter(filter.setProperties(properties));
		}
		Filter filter = filters.newTaskFilter(definition.name())
			.setQuery(definition.query().apply(tasks.createTaskQuery()))
			.setProperties(properties);
		return filters.saveFilter(filter);
	}

	private void grantRead(String filterId, int type, String groupId) {
		var query = authorizations.createAuthorizationQuery()
			.authorizationType(type)
			.resourceType(Resources.FILTER)
			.resourceId(filterId);
		if (groupId != null) {
			query.groupIdIn(groupId);
		}
		if (query.count() > 0) {
			return;
		}
		Authorization authorization = authorizations.createNewAuthorization(type);
		if (groupId == null) {
			authorization.setUserId(Authorization.ANY);
		}
		else {
			authorization.setGroupId(groupId);
		}
		authorization.setResource(Resources.FILTER);
		authorization.setResourceId(filterId);
		authorization.addPermission(Permissions.READ);
		authorizations.saveAuthorization(authorization);
	}

}
