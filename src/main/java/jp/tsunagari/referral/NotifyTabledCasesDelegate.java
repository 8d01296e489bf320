package jp.tsunagari.referral;

import static jp.tsunagari.referral.NabariReferral.*;

import java.util.Collection;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * 各ケースへの会議開催の通知: the one meeting hands each case on its agenda the message that it was held. A case that
 * no longer waits (withdrawn meanwhile) is skipped rather than failing the meeting.
 */
@EngineNode
@Component
class NotifyTabledCasesDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
		if (!(execution.getVariable(AGENDA) instanceof Collection<?> agenda)) {
			return;
		}
		SystemCommand.run(() -> agenda.forEach(item -> runtime.createMessageCorrelation(MESSAGE_MEETING_HELD)
			.processInstanceId((String) ((Map<?, ?>) item).get(REFERRAL_INSTANCE_ID))
			.correlateAllWithResult()));
	}

}
