package jp.tsunagari.referral;

import static jp.tsunagari.referral.NabariReferral.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * 再アセスメント (taking the flow back to the intake): the person is asked again, so the intake form must not come
 * prefilled with the earlier consent and escalation (Tasklist fills a form from the variables of the same names).
 * The assessment and needs stay, as the starting point of the new assessment; the history keeps the earlier answers.
 */
@EngineNode
@Component
class ReassessmentListener implements ExecutionListener {

	static final List<String> ASKED_AGAIN = List.of(CONSENT, LEGAL_BASIS, CONSENT_RECORDED_ON, RESOLUTION);

	@Override
	public void notify(DelegateExecution execution) {
		ASKED_AGAIN.forEach(execution::removeVariable);
	}

}
