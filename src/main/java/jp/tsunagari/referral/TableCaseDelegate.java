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
 * エリアディレクター会議の議題に登録: finds the next meeting, starts its instance (business key ADM-YYYY-MM-DD) if this
 * is its first case (with the case on its agenda), else tables the case there by message. The meeting learns the case number, district and
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
		LocalDateTime meeting = properties.calendar().next(now);
		String meetingKey = "ADM-" + meeting.toLocalDate();
		String meetingAt = meeting.atZone(properties.zone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
		Map<String, Object> tabled = Map.of(CASE_NUMBER, execution.getVariable(CASE_NUMBER), REFERRAL_INSTANCE_ID,
				execution.getProcessInstanceId(), DISTRICT, execution.getVariable(DISTRICT), FIELD_LABELS,
				execution.getVariable(FIELD_LABELS));
		SystemCommand.run(() -> {
			boolean scheduled = runtime.createProcessInstanceQuery()
				.processDefinitionKey(MEETING_PROCESS_KEY)
				.processInstanceBusinessKey(meetingKey)
				.count() > 0;
			if (scheduled) {
				runtime.createMessageCorrelation(MESSAGE_CASE_TABLED)
					.processInstanceBusinessKey(meetingKey)
					.setVariableLocal(TABLED_CASE, tabled)
					.correlate();
			}
			else {
				// the first case comes with the start: a meeting started in this transaction cannot be correlated yet
				meetings.claim(meetingKey);
				List<Object> agenda = Agenda.with(null, tabled);
				runtime.startProcessInstanceByKey(MEETING_PROCESS_KEY, meetingKey, Variables.createVariables()
					.putValue(MEETING_AT, meetingAt)
					.putValue(AGENDA, agenda)
					.putValue(AGENDA_SUMMARY, Agenda.summary(agenda)));
			}
		});
		execution.setVariable(MEETING_KEY, meetingKey);
		execution.setVariable(MEETING_AT, meetingAt);
		audit.record(execution, "TABLED", meetingKey);
	}

}
