package jp.tsunagari.absence;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;
import jp.tsunagari.system.PersonNames;
import jp.tsunagari.system.PostParseListeners;

/**
 * The history says who acted for whom: when a substitute completes a task of the person they stand in for (assigned
 * to that person, or given to the substitute for the absence), the task gets a comment, in the same transaction,
 * 「代理：山田 太郎さんが、不在の田中 健太さんに代わって完了しました。」, written by the substitute. Tasklist shows it in
 * the task's history, the REST API under {@code /task/{id}/comment} and {@code /history/...}.
 */
@EngineNode
@Component
class ActingForComments extends AbstractProcessEnginePlugin {

	private final ObjectProvider<Absences> absences;

	private final ObjectProvider<PersonNames> names;

	ActingForComments(ObjectProvider<Absences> absences, ObjectProvider<PersonNames> names) {
		this.absences = absences;
		this.names = names;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		TaskListener onComplete = this::completed;
		PostParseListeners.add(configuration, new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addTaskListener(TaskListener.EVENTNAME_COMPLETE, onComplete);
			}
		});
	}

	private void completed(DelegateTask task) {
		String actor = Context.getCommandContext().getAuthenticatedUserId();
		if (actor == null) {
			return;
		}
		Absences store = absences.getObject();
		store.coveringBy(actor)
			.stream()
			.filter(absence -> absence.absentUserId().equals(task.getAssignee())
					|| store.covers(absence.id(), task.getId()))
			.findFirst()
			.ifPresent(absence -> task.getProcessEngineServices()
				.getTaskService()
				.createComment(task.getId(), task.getProcessInstanceId(),
						"代理：%sさんが、不在の%sさんに代わって完了しました。".formatted(names.getObject().of(actor),
								names.getObject().of(absence.absentUserId()))));
	}

}
