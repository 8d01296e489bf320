package jp.tsunagari.survey;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * 調査の決裁 (end): a survey with no recipient cannot be approved; it can only be returned. Refused as a form field is
 * (the task stays open, HTTP 400 naming the field): an execution listener, since the engine wraps a task listener's
 * exception, which the REST API answers with 500. Returning the plan stays possible, to import the list.
 */
public class ApprovalNeedsRecipientsListener implements ExecutionListener {

	static final String MESSAGE = "「決裁」(surveyApproved)：宛先が0件のため決裁できません。宛先リストを取り込むか、差し戻してください";

	@Override
	public void notify(DelegateExecution execution) {
		if (execution.isCanceled() || !Boolean.TRUE.equals(execution.getVariable(SurveyRollout.SURVEY_APPROVED))) {
			return;
		}
		Object count = execution.getVariable(SurveyRollout.RECIPIENT_COUNT);
		if (!(count instanceof Number recipients) || recipients.longValue() <= 0) {
			throw new FormFieldValidationException(List.of(MESSAGE), MESSAGE + "。");
		}
	}

}
