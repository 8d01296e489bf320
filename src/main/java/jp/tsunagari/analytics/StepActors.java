package jp.tsunagari.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;

/** Who works a demo task: a member of its first candidate group, so the history looks like the department's work. */
class StepActors {

	private final ProcessEngine engine;

	private final Map<String, String> memberOfGroup = new HashMap<>();

	StepActors(ProcessEngine engine) {
		this.engine = engine;
	}

	String assignee(Task task) {
		return engine.getTaskService()
			.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> link.getGroupId() != null)
			.map(link -> memberOfGroup.computeIfAbsent(link.getGroupId(), this::firstMember))
			.findFirst()
			.orElse(HistoryDriver.WORKER_ID);
	}

	/**
	 * Runs the action as the user with the user's groups, as Tasklist would: delegates and listeners that record who
	 * acted (a case's audit) see the person, not the system. The fallback worker acts unauthenticated.
	 */
	void as(String userId, Runnable action) {
		if (HistoryDriver.WORKER_ID.equals(userId)) {
			action.run();
			return;
		}
		IdentityService identity = engine.getIdentityService();
		List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
		identity.setAuthentication(userId, groups);
		try {
			action.run();
		}
		finally {
			identity.clearAuthentication();
		}
	}

	private String firstMember(String groupId) {
		return engine.getIdentityService()
			.createUserQuery()
			.memberOfGroup(groupId)
			.orderByUserId()
			.asc()
			.listPage(0, 1)
			.stream()
			.map(User::getId)
			.findFirst()
			.orElse(HistoryDriver.WORKER_ID);
	}

}
