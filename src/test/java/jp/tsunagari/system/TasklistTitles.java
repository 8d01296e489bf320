package jp.tsunagari.system;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The title a task's card shows in Tasklist, found as the REST API's filter list finds a filter's displayed
 * variables (FilterResourceImpl#getVariableScopeIds in 7.24): on the task, then its execution, then its process
 * instance, and nowhere else. A title kept only in a scope between them (a sub-process) is not shown.
 */
public final class TasklistTitles {

	private TasklistTitles() {
	}

	/** The title shown on the task's card, or null if Tasklist would show none. */
	public static String shown(ProcessEngine engine, Task task) {
		List<String> scopes = Stream.of(task.getId(), task.getExecutionId(), task.getProcessInstanceId())
			.filter(Objects::nonNull)
			.toList();
		List<VariableInstance> titles = engine.getRuntimeService()
			.createVariableInstanceQuery()
			.variableName(ProcedureTitle.VARIABLE)
			.variableScopeIdIn(scopes.toArray(String[]::new))
			.list();
		for (String scope : scopes) {
			for (VariableInstance title : titles) {
				// a task's own variable also names the task's execution: its scope is the task
				String owner = title.getTaskId() != null ? title.getTaskId() : title.getExecutionId();
				if (scope.equals(owner)) {
					return (String) title.getValue();
				}
			}
		}
		return null;
	}

}
