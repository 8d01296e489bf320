package jp.tsunagari.referral;

import static jp.tsunagari.referral.NabariReferral.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * 受付・アセスメント (end of the task, also at every re-assessment): without consent or a legal basis the case is the
 * district's alone, so a re-assessment that records a refusal (consent withdrawn) takes the case away at once from
 * everyone the earlier escalation granted it (the 地域包括支援センター, the fields' area directors, the lead field):
 * what the district writes afterwards is not theirs to read.
 */
@EngineNode
@Component
class ConsentWithdrawalListener implements ExecutionListener {

	private final CaseAccess access;

	ConsentWithdrawalListener(CaseAccess access) {
		this.access = access;
	}

	@Override
	public void notify(DelegateExecution execution) {
		Object consent = execution.getVariable(CONSENT);
		if (!CONSENT_GIVEN.equals(consent) && !CONSENT_LEGAL_BASIS.equals(consent)) {
			access.revokeAllBut(execution, (String) execution.getVariable(DISTRICT_GROUP));
		}
	}

}
