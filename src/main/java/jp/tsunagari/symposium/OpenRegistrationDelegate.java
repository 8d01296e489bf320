package jp.tsunagari.symposium;

import java.time.LocalDate;

import jp.tsunagari.system.EngineNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** 参加申込の受付開始: stores the event with its seats and opens the public registration page. */
@EngineNode
@Component
class OpenRegistrationDelegate implements JavaDelegate {

	private final EventRegistrations events;

	OpenRegistrationDelegate(EventRegistrations events) {
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String eventId = events.openEvent((String) execution.getVariable(SymposiumPlanning.EVENT_TITLE),
				LocalDate.parse((String) execution.getVariable(SymposiumPlanning.EVENT_DATE)),
				((Number) execution.getVariable(SymposiumPlanning.CAPACITY)).intValue(),
				execution.getProcessInstanceId());
		execution.setVariable(SymposiumPlanning.EVENT_ID, eventId);
		execution.setVariable(SymposiumPlanning.REGISTRATION_PATH, "/public/events/" + eventId + "/register");
	}

}
