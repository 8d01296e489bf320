package jp.tsunagari.referral;

import static jp.tsunagari.referral.NabariReferral.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * 議題への追加 (area-director-meeting): appends the tabled case (number, district, fields) to the agenda and to the
 * summary the meeting form shows. Two cases tabled at the same instant update the same variable; optimistic locking
 * refuses the later one, whose task completion is then simply sent again.
 */
@EngineNode
@Component
class AddToAgendaDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		DelegateExecution meeting = execution.getProcessInstance();
		List<Object> agenda = Agenda.with(meeting.getVariable(AGENDA), (Map<?, ?>) execution.getVariable(TABLED_CASE));
		// the message sets the case on the scope that received it; once on the agenda it is not needed there
		execution.removeVariable(TABLED_CASE);
		meeting.setVariable(AGENDA, agenda);
		meeting.setVariable(AGENDA_SUMMARY, Agenda.summary(agenda));
	}

}
