package jp.tsunagari.referral;

import static jp.tsunagari.referral.NabariReferral.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * 気づいた人へのフィードバック: starts a referral-feedback instance for the reporter's group with the case number, the
 * reporter's own name and the feedback text only. The reporter's group is not given this case.
 */
@EngineNode
@Component
class SendReferralFeedbackDelegate implements JavaDelegate {

	private final CaseAudit audit;

	SendReferralFeedbackDelegate(CaseAudit audit) {
		this.audit = audit;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String caseNumber = (String) execution.getVariable(CASE_NUMBER);
		SystemCommand.run(() -> execution.getProcessEngineServices()
			.getRuntimeService()
			.startProcessInstanceByKey(FEEDBACK_PROCESS_KEY, caseNumber, Variables.createVariables()
				.putValue(CASE_NUMBER, caseNumber)
				.putValue(REPORTER_NAME, execution.getVariable(REPORTER_NAME))
				.putValue(REPORTER_GROUP, execution.getVariable(REPORTER_GROUP))
				.putValue(FEEDBACK_MESSAGE, execution.getVariable(FEEDBACK_MESSAGE))));
		audit.record(execution, "FEEDBACK_SENT", (String) execution.getVariable(REPORTER_GROUP));
	}

}
