package jp.tsunagari.referral;

import static jp.tsunagari.referral.NabariReferral.*;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * エリアディレクター会議の議題に登録: finds the next meeting still to be held, starts its instance (business key
 * ADM-YYYY-MM-DD) if this is its first case (with the case on its agenda), else tables the case there by message. The meeting learns the case number, district and
 * fields only: the person stays in this instance.
 */
@EngineNode
@Component
class TableCaseDelegate implements JavaDelegate {

	private final ReferralProperties properties;

	private final MeetingKeys meetings;

	private final CaseAudit audit;

	TableCaseDelegate(ReferralProperties properties, MeetingKeys meetings, CaseAudit audit) {
		this.properties = properties;
		this.meetings = meetings;
		this.audit = audit;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), properties.zone());
		RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
		Map<String, Object> tabled = Map.of(CASE_NUMBER, execution.getVariable(CASE_NUMBER), REFERRAL_INSTANCE_ID,
				execution.getProcessInstanceId(), DISTRICT, execution.getVariable(DISTRICT), FIELD_LABELS,
				execution.getVariable(FIELD_LABELS));
		LocalDateTime meeting = SystemCommand
			.<LocalDateTime>run(() -> table(runtime, properties.calendar().next(now), tabled));
		String meetingKey = meetingKey(meeting);
		execution.setVariable(MEETING_KEY, meetingKey);
		execution.setVariable(MEETING_AT, meetingAt(meeting));
		audit.record(execution, "TABLED", meetingKey);
	}

	/**
	 * Tables the case at the first meeting from this one on that is still to be held: a running meeting takes it by
	 * message, a meeting never started is started with it, and one that was started but no longer runs (held early,
	 * or cancelled) is passed over for the next.
	 */
	private LocalDateTime table(RuntimeService runtime, LocalDateTime meeting, Map<String, Object> tabled) {
		String meetingKey = meetingKey(meeting);
		boolean scheduled = runtime.createProcessInstanceQuery()
			.processDefinitionKey(MEETING_PROCESS_KEY)
			.processInstanceBusinessKey(meetingKey)
			.count() > 0;
		if (scheduled) {
			runtime.createMessageCorrelation(MESSAGE_CASE_TABLED)
				.processInstanceBusinessKey(meetingKey)
				.setVariableLocal(TABLED_CASE, tabled)
				.correlate();
			return meeting;
		}
		if (!meetings.claim(meetingKey)) {
			return table(runtime, properties.calendar().next(meeting), tabled);
		}
		// the first case comes with the start: a meeting started in this transaction cannot be correlated yet
		List<Object> agenda = Agenda.with(null, tabled);
		runtime.startProcessInstanceByKey(MEETING_PROCESS_KEY, meetingKey, Variables.createVariables()
			.putValue(MEETING_AT, meetingAt(meeting))
			.putValue(AGENDA, agenda)
			.putValue(AGENDA_SUMMARY, Agenda.summary(agenda)));
		return meeting;
	}

	private static String meetingKey(LocalDateTime meeting) {
		return "ADM-" + meeting.toLocalDate();
	}

	private String meetingAt(LocalDateTime meeting) {
		return meeting.atZone(properties.zone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

}
