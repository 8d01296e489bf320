package jp.tsunagari.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The one seam through which our engine plugins hook into BPMN parsing (engine internals, kept in one place): a
 * listener added after those already configured, so that every plugin's listener runs, in registration order.
 */
public final class PostParseListeners {

	private PostParseListeners() {
	}

	public static void add(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
		List<BpmnParseListener> listeners = new ArrayList<>();
		if (configuration.getCustomPostBPMNParseListeners() != null) {
			listeners.addAll(configuration.getCustomPostBPMNParseListeners());
		}
		listeners.add(listener);
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

	/** A task listener on the create event of every user task of every model deployed from now on. */
	public static void onEveryUserTaskCreated(ProcessEngineConfigurationImpl configuration, TaskListener listener) {
		add(configuration, new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
			}
		});
	}

}
