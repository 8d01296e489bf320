package jp.tsunagari.survey;

import java.util.Collection;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;
import jp.tsunagari.system.OpenTasks;

@EngineNode
@Component
class CamundaSurveyWorkflow implements SurveyWorkflow {

	private final RuntimeService runtime;

	private final TaskService tasks;

	CamundaSurveyWorkflow(RuntimeService runtime, TaskService tasks) {
		this.runtime = runtime;
		this.tasks = tasks;
	}

	@Override
	public void responseReceived(String surveyId) {
		runtime.createMessageCorrelation(SurveyRollout.MESSAGE_RESPONSE_RECEIVED).processInstanceId(surveyId).correlate();
	}

	@Override
	public String start(String title) {
		return runtime.startProcessInstanceByKey(SurveyRollout.PROCESS_KEY,
				Variables.createVariables().putValue(SurveyRollout.SURVEY_TITLE, title)).getId();
	}

	@Override
	public boolean hasOpenTaskFor(String surveyId, String userId, Collection<String> groupIds) {
		return OpenTasks.of(tasks.createTaskQuery().processInstanceId(surveyId), userId, groupIds).count() > 0;
	}

}
