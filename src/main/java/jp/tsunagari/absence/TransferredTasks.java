package jp.tsunagari.absence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;

import jp.tsunagari.system.PersonNames;

/**
 * What a personnel transfer out of a group changes in the engine: the group's open tasks still assigned to the person
 * go back to the group's queue (unassigned; the candidate group stays), each with a comment saying why; the person's
 * own grants on those tasks and on their process instances go (the engine gave them on assignment and keeps them
 * otherwise), so they no longer see the old department's work. Their new department's work reaches them through
 * their new group. History is not touched: who did what before stays recorded.
 */
class TransferredTasks {

	private static final List<Resource> INSTANCE_RESOURCES = List.of(Resources.PROCESS_INSTANCE,
			Resources.HISTORIC_PROCESS_INSTANCE);

	private final TaskService tasks;

	private final UserGrants grants;

	private final PersonNames names;

	TransferredTasks(TaskService tasks, UserGrants grants, PersonNames names) {
		this.tasks = tasks;
		this.grants = grants;
		this.names = names;
	}

	/** @return the tasks given back to the group's queue */
	List<Task> returnToQueue(String userId, String groupId, String groupName) {
		List<Task> groupTasks = tasks.createTaskQuery().taskCandidateGroup(groupId).includeAssignedTasks().list();
		Set<String> instances = new LinkedHashSet<>();
		List<Task> returned = groupTasks.stream().filter(task -> userId.equals(task.getAssignee())).toList();
		for (Task task : returned) {
			tasks.setAssignee(task.getId(), null);
			tasks.createComment(task.getId(), task.getProcessInstanceId(),
					"人事異動：%sさんが%sから異動したため、担当を外して%sのタスクに戻しました。".formatted(names.of(userId),
							groupName, groupName));
		}
		for (Task task : groupTasks) {
			tasks.deleteCandidateUser(task.getId(), userId);
			grants.revoke(userId, Resources.TASK, task.getId());
			if (task.getProcessInstanceId() != null) {
				instances.add(task.getProcessInstanceId());
			}
		}
		for (String instance : instances) {
			INSTANCE_RESOURCES.forEach(resource -> grants.revoke(userId, resource, instance));
		}
		return returned;
	}

}
