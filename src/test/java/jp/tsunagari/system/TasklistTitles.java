package jp.tsunagari.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The title a member of the task's department sees on its card in Tasklist. The REST filter list looks for a
 * filter's displayed variables on the task, its execution and its process instance (FilterResourceImpl in 7.24),
 * but reads them with the user's permissions: staff hold READ on their tasks, not on the process instances, so only
 * the task's own variable reaches them (TaskTitlePlugin copies it there).
 */
public final class TasklistTitles {

	private TasklistTitles() {
	}

	/** The title on the task's card as staff see it, or null if they would see none. */
	public static String shown(ProcessEngine engine, Task task) {
		VariableInstance title = engine.getRuntimeService()
			.createVariableInstanceQuery()
			.taskIdIn(task.getId())
			.variableName(ProcedureTitle.VARIABLE)
			.singleResult();
		return title == null ? null : (String) title.getValue();
	}

}
