package jp.tsunagari.referral;

import static jp.tsunagari.referral.NabariReferral.*;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * When the meeting's decision is recorded with a plan: the lead field's group carries it out, so it becomes
 * involved in the case (the meeting may choose a lead outside the fields the table chose).
 */
@EngineNode
@Component
class RecordDecisionListener implements TaskListener {

	private final ReferralFields fields;

	private final CaseAccess access;

	RecordDecisionListener(ReferralFields fields, CaseAccess access) {
		this.fields = fields;
		this.access = access;
	}

	@Override
	public void notify(DelegateTask task) {
		if (!"PLAN_AGREED".equals(task.getVariable(MEETING_OUTCOME))) {
			return;
		}
		Object leadField = task.getVariable(LEAD_FIELD);
		List<String> groups = fields.groupsHandling(String.valueOf(leadField));
		if (groups.isEmpty()) {
			throw new BadUserRequestException("leadField: no area director handles the field " + leadField);
		}
		task.setVariable(LEAD_FIELD_GROUP, groups.get(0));
		access.grant(task.getExecution(), groups.get(0));
	}

}
