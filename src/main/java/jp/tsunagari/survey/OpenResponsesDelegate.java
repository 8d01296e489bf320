package jp.tsunagari.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * 回答受付の開始: opens the response pages until the end of the deadline day (the plan's date; Sendai 2023-12-18 →
 * 2024-01-19, 001:L1492) and sets the reminder timer's schedule, before any invitation goes out.
 */
@EngineNode
@Component
class OpenResponsesDelegate implements JavaDelegate {

	private final Surveys surveys;

	private final SurveyProperties properties;

	private final Clock clock;

	OpenResponsesDelegate(Surveys surveys, SurveyProperties properties, Clock surveyClock) {
		this.surveys = surveys;
		this.properties = properties;
		this.clock = surveyClock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LocalDateTime deadline = LocalDate.parse((String) execution.getVariable(SurveyRollout.RESPONSE_DEADLINE))
			.atTime(LocalTime.of(23, 59, 59));
		surveys.open((String) execution.getVariable(SurveyRollout.SURVEY_ID), deadline);
		ReminderSchedule schedule = new ReminderSchedule(properties.reminderCount(),
				properties.firstReminderBeforeDeadline(), properties.reminderInterval());
		execution.setVariable(SurveyRollout.REMINDER_CYCLE, schedule.cycle(LocalDateTime.now(clock), deadline));
		execution.setVariable(SurveyRollout.RESPONSE_COUNT, 0);
		execution.setVariable(SurveyRollout.REMINDERS_SENT, 0);
	}

}
