package jp.tsunagari.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * 宛先リストの確定: after the import and the internal inquiry, takes the plan's title and questionnaire into the
 * store and counts the recipients for the approval (duplicates were merged as they were added).
 */
@EngineNode
@Component
class FinaliseRecipientsDelegate implements JavaDelegate {

	private final Surveys surveys;

	private final Recipients recipients;

	private final Questionnaires questionnaires;

	FinaliseRecipientsDelegate(Surveys surveys, Recipients recipients, Questionnaires questionnaires) {
		this.surveys = surveys;
		this.recipients = recipients;
		this.questionnaires = questionnaires;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String surveyId = (String) execution.getVariable(SurveyRollout.SURVEY_ID);
		String questionnaireId = questionnaires.get((String) execution.getVariable(SurveyRollout.QUESTIONNAIRE_ID)).id();
		surveys.replan(surveyId, (String) execution.getVariable(SurveyRollout.SURVEY_TITLE), questionnaireId);
		execution.setVariable(SurveyRollout.RECIPIENT_COUNT, recipients.count(surveyId));
	}

}
