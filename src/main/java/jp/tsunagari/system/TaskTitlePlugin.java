package jp.tsunagari.system;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

/**
 * Gives every user task, when it is created, its own copy of the title ({@link ProcedureTitle}) of its nearest
 * scope. Tasklist shows a filter's variables only as the signed-in user may read them, and staff may read a task's
 * own variables (READ on the task, granted to its candidate groups) but not the process instance's; without the copy
 * a card would show the title to managers only. Public because the process tests' engine registers it too.
 */
@EngineNode
@Component
public class TaskTitlePlugin extends AbstractProcessEnginePlugin {

	private static final TaskListener COPY_TITLE = task -> copyTitle(task);

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		PostParseListeners.onEveryUserTaskCreated(configuration, COPY_TITLE);
	}

	private static void copyTitle(DelegateTask task) {
		Object title = task.getExecution().getVariable(ProcedureTitle.VARIABLE);
		if (title != null) {
			task.setVariableLocal(ProcedureTitle.VARIABLE, title);
		}
	}

}
