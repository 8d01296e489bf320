package jp.tsunagari.referral;

import static jp.tsunagari.referral.NabariReferral.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * When the meeting's decision is recorded with a plan (end of the task, so a bad field refuses the completion with
 * HTTP 400; a task listener's error would be wrapped into a 500): the lead field's group carries it out, so it becomes
 * involved in the case (the meeting may choose a lead outside the fields the table chose).
 */
@EngineNode
@Component
class RecordDecisionListener implements ExecutionListener {

	private final ReferralFields fields;

	private final CaseAccess access;

	RecordDecisionListener(ReferralFields fields, CaseAccess access) {
		this.fields = fields;
		this.access = access;
	}

	@Override
	public void notify(DelegateExecution execution) {
		if (!"PLAN_AGREED".equals(execution.getVariable(MEETING_OUTCOME))) {
			return;
		}
		Object leadField = execution.getVariable(LEAD_FIELD);
		List<String> groups = fields.groupsHandling(String.valueOf(leadField));
		if (groups.isEmpty()) {
			throw new FormFieldValidationException(LEAD_FIELD, "leadField: no area director handles the field " + leadField);
		}
		execution.setVariable(LEAD_FIELD_GROUP, groups.get(0));
		access.grant(execution, groups.get(0));
	}

}
