package jp.tsunagari.system;

import java.util.Optional;

import org.camunda.bpm.engine.TaskService;

class CamundaTaskAssignments implements TaskAssignments {

	private final TaskService tasks;

	CamundaTaskAssignments(TaskService tasks) {
		this.tasks = tasks;
	}

	@Override
	public Optional<Assignment> find(String taskId) {
		return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult())
			.map(task -> new Assignment(task.getAssignee()));
	}

}
