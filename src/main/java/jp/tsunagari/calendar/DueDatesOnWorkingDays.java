package jp.tsunagari.calendar;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;
import jp.tsunagari.system.PostParseListeners;

/**
 * Due dates computed by the models land on working days: when a user task is created with a due date on a weekend,
 * a holiday or in the year-end closure, it is moved to the same time of the next working day ("P7D" from a
 * Thursday before Golden Week is due after it). A date staff set later in Tasklist is theirs and stays.
 */
@EngineNode
@Component
public class DueDatesOnWorkingDays extends AbstractProcessEnginePlugin {

	private final TaskListener moveDueDate;

	public DueDatesOnWorkingDays(WorkingDays workingDays) {
		this.moveDueDate = task -> move(task, workingDays);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		PostParseListeners.onEveryUserTaskCreated(configuration, moveDueDate);
	}

	private static void move(DelegateTask task, WorkingDays workingDays) {
		if (task.getDueDate() != null) {
			task.setDueDate(workingDays.moveToWorkingDay(task.getDueDate()));
		}
	}

}
