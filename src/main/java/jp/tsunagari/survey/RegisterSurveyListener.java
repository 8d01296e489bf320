package jp.tsunagari.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.plugin.variable.SpinValues;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * On start: stores the survey under its process instance id (the id of its pages and files), sets the defaults of
 * the plan (the questionnaire, no department asked in the internal inquiry) and the lead times of the due dates from
 * configuration, so a running survey keeps the lead times it started with.
 */
@EngineNode
@Component
class RegisterSurveyListener implements ExecutionListener {

	private final Surveys surveys;

	private final SurveyProperties properties;

	RegisterSurveyListener(Surveys surveys, SurveyProperties properties) {
		this.surveys = surveys;
		this.properties = properties;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String surveyId = execution.getProcessInstanceId();
		String title = String.valueOf(execution.getVariable(SurveyRollout.SURVEY_TITLE));
		surveys.create(surveyId, title, properties.defaultQuestionnaire());
		execution.setVariable(SurveyRollout.SURVEY_ID, surveyId);
		execution.setVariable(SurveyRollout.QUESTIONNAIRE_ID, properties.defaultQuestionnaire());
		// the plan's internal inquiry is optional: a plan that asks no department (or a REST client that leaves the
		// field out) runs no inquiry task, instead of failing on the inquiry's collection
		execution.setVariable(SurveyRollout.INQUIRY_GROUPS, SpinValues.jsonValue("[]").create());
		execution.setVariable(SurveyRollout.PLAN_LEAD_TIME, properties.planLeadTime().toString());
		execution.setVariable(SurveyRollout.RECIPIENTS_LEAD_TIME, properties.recipientsLeadTime().toString());
		execution.setVariable(SurveyRollout.APPROVAL_LEAD_TIME, properties.approvalLeadTime().toString());
		execution.setVariable(SurveyRollout.REVIEW_LEAD_TIME, properties.reviewLeadTime().toString());
	}

}
