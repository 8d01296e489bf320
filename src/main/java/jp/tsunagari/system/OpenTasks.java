package jp.tsunagari.system;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.task.TaskQuery;

/**
 * "An open task of mine" for access checks of our own pages: a task offered to one of my groups, whether or not
 * someone (I or a colleague) has claimed it, or a task assigned to me. Camunda's candidate-group query alone leaves
 * out claimed tasks, so a department lost the right to a page the moment it claimed the task that needed it.
 */
public final class OpenTasks {

	private OpenTasks() {
	}

	/** Narrows the query to the tasks of the user and their groups. */
	public static TaskQuery of(TaskQuery query, String userId, Collection<String> groupIds) {
		if (groupIds.isEmpty()) {
			return query.taskAssignee(userId);
		}
		return query.or()
			.taskCandidateGroupIn(List.copyOf(groupIds))
			.includeAssignedTasks()
			.taskAssignee(userId)
			.endOr();
	}

}
