package jp.tsunagari.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * 回答数の更新: sets responseCount from the store, so Cockpit shows how many have answered. It first takes back the
 * survey's queued count request ({@link Surveys#requestCount}), so answers stored from then on queue the next count.
 */
@EngineNode
@Component
class CountResponseDelegate implements JavaDelegate {

	private final Surveys surveys;

	private final Recipients recipients;

	CountResponseDelegate(Surveys surveys, Recipients recipients) {
		this.surveys = surveys;
		this.recipients = recipients;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String surveyId = (String) execution.getVariable(SurveyRollout.SURVEY_ID);
		surveys.countTaken(surveyId);
		execution.setVariable(SurveyRollout.RESPONSE_COUNT, recipients.respondedCount(surveyId));
	}

}
