package jp.tsunagari.absence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;

/**
 * What an absence changes in the engine. While it is under way its substitute is a candidate user (the engine grants
 * them READ and UPDATE on the task, so they see it and may complete it) of every open task assigned to the absent
 * person and of every unclaimed task of the absent person's groups the substitute is not in (a second post, 兼務, or a
 * role); the tasks of the department they share are theirs anyway. At the end the links and the grants go, and a
 * task the substitute claimed but did not finish goes back to where it was.
 */
class AbsenceCoverage {

	private final Absences absences;

	private final TaskService tasks;

	private final IdentityService identity;

	private final UserGrants grants;

	private final SubstituteFilter filter;

	AbsenceCoverage(Absences absences, TaskService tasks, IdentityService identity,
			UserGrants grants, SubstituteFilter filter) {
		this.absences = absences;
		this.tasks = tasks;
		this.identity = identity;
		this.grants = grants;
		this.filter = filter;
	}

	/** Gives the substitute the tasks not given yet: at the start, then the absent person's new tasks. */
	void cover(Absence absence) {
		Set<String> covered = absences.coveredTasks(absence.id());
		for (Task task : tasksOf(absence)) {
			if (!covered.contains(task.getId())) {
				// the row first: a second node covering the same task fails here and rolls back
				absences.cover(absence.id(), task.getId(), task.getAssignee());
				tasks.addCandidateUser(task.getId(), absence.substituteId());
			}
		}
		filter.grant(absence.substituteId());
	}

	/** Takes back what {@link #cover} gave, from the tasks still open. */
	void release(Absence absence) {
		String substitute = absence.substituteId();
		for (String taskId : absences.coveredTasks(absence.id())) {
			Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
			if (task == null) {
				continue;
			}
			if (substitute.equals(task.getAssignee())) {
				tasks.setAssignee(taskId, absences.assigneeBefore(absence.id(), taskId));
			}
			tasks.deleteCandidateUser(taskId, substitute);
			grants.revoke(substitute, Resources.TASK, taskId);
		}
		if (absences.coveringBy(substitute).isEmpty()) {
			filter.revoke(substitute);
		}
	}

	private List<Task> tasksOf(Absence absence) {
		Map<String, Task> found = new LinkedHashMap<>();
		tasks.createTaskQuery().taskAssignee(absence.absentUserId()).list()
			.forEach(task -> found.put(task.getId(), task));
		List<String> groupsNotShared = new ArrayList<>(groupIds(absence.absentUserId()));
		groupsNotShared.removeAll(groupIds(absence.substituteId()));
		if (!groupsNotShared.isEmpty()) {
			tasks.createTaskQuery().taskCandidateGroupIn(groupsNotShared).list()
				.forEach(task -> found.put(task.getId(), task));
		}
		return List.copyOf(found.values());
	}

	private List<String> groupIds(String userId) {
		return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
	}

}
