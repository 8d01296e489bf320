package jp.tsunagari.caseconference;

import static jp.tsunagari.caseconference.CaseConference.*;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Component;

import jp.tsunagari.referral.CaseAccess;
import jp.tsunagari.system.EngineNode;

/**
 * ケース検討会議への付議: the case meeting is granted the case (only now, after the basis check, which this step
 * checks again) and the case waits for the next meeting.
 */
@EngineNode
@Component
class ScheduleCaseConferenceDelegate implements JavaDelegate {

	private final CaseAccess access;

	private final CaseConferenceProperties properties;

	ScheduleCaseConferenceDelegate(CaseAccess access, CaseConferenceProperties properties) {
		this.access = access;
		this.properties = properties;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object basis = execution.getVariable(SHARING_BASIS);
		if (!"CONSENT".equals(basis) && !"STATUTORY_MEETING".equals(basis)) {
			throw new FormFieldValidationException(SHARING_BASIS, "sharingBasis: no consent or legal basis to share the case");
		}
		LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), properties.zone());
		execution.setVariable(CONFERENCE_AT, properties.calendar()
			.next(now)
			.atZone(properties.zone())
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		access.grant(execution, CASE_MEETING_GROUP);
	}

}
