package jp.tsunagari.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * 回答の集計: closes the response pages (late answers get the closed page) and sets the response rate and a
 * summary of the counts for the analyst; free text stays in the store and in the downloads.
 */
@EngineNode
@Component
class TabulateResponsesDelegate implements JavaDelegate {

	private final Surveys surveys;

	private final SurveyResults results;

	TabulateResponsesDelegate(Surveys surveys, SurveyResults results) {
		this.surveys = surveys;
		this.results = results;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String surveyId = (String) execution.getVariable(SurveyRollout.SURVEY_ID);
		surveys.close(surveyId);
		Tabulation tabulation = results.tabulate(surveyId);
		execution.setVariable(SurveyRollout.RECIPIENT_COUNT, tabulation.recipients());
		execution.setVariable(SurveyRollout.RESPONSE_COUNT, tabulation.responses());
		execution.setVariable(SurveyRollout.RESPONSE_RATE, tabulation.responseRate().doubleValue());
		execution.setVariable(SurveyRollout.TABULATION_SUMMARY, tabulation.summary());
	}

}
