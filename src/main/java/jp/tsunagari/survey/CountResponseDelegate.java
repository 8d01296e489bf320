package jp.tsunagari.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/** 回答数の更新: sets responseCount from the store, so Cockpit shows how many have answered. */
@EngineNode
@Component
class CountResponseDelegate implements JavaDelegate {

	private final Recipients recipients;

	CountResponseDelegate(Recipients recipients) {
		this.recipients = recipients;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String surveyId = (String) execution.getVariable(SurveyRollout.SURVEY_ID);
		execution.setVariable(SurveyRollout.RESPONSE_COUNT, recipients.respondedCount(surveyId));
	}

}
