package jp.tsunagari.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Appends an entry to a list variable of the process instance: how parallel branches (meetings, speakers,
 * publicity channels) leave a record that outlives their local variables. Two appends in the same instant meet the
 * engine's optimistic locking and the later one is simply submitted again.
 */
public final class ProcessLists {

	private ProcessLists() {
	}

	public static void append(DelegateExecution execution, String variable, Map<String, Object> entry) {
		DelegateExecution processInstance = execution.getProcessInstance();
		List<Object> entries = new ArrayList<>();
		if (processInstance.getVariableLocal(variable) instanceof Collection<?> earlier) {
			entries.addAll(earlier);
		}
		entries.add(entry);
		processInstance.setVariableLocal(variable, entries);
	}

}
