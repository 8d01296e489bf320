package jp.tsunagari.survey;

import java.time.LocalDateTime;
import java.time.Period;

/**
 * When reminders go out, as the ISO-8601 repeating interval of the reminder timer ({@code R2/2024-01-05T09:00/P7D}).
 * An interpretation: the seeds are silent on reminders (notes 001 §4, 004 §4), so count, first date and interval are
 * configuration. A first reminder that would fall before dispatch moves to the day after; with no reminders the
 * timer is set after the deadline, where the closed window never lets it fire.
 */
record ReminderSchedule(int count, Period firstBeforeDeadline, Period interval) {

	static final int SEND_HOUR = 9;

	String cycle(LocalDateTime now, LocalDateTime deadline) {
		if (count <= 0) {
			return "R1/" + deadline.plusDays(1).withNano(0) + "/P1D";
		}
		LocalDateTime first = deadline.toLocalDate().minus(firstBeforeDeadline).atTime(SEND_HOUR, 0);
		LocalDateTime earliest = now.toLocalDate().plusDays(1).atTime(SEND_HOUR, 0);
		if (first.isBefore(earliest)) {
			first = earliest;
		}
		return "R" + count + "/" + first + ":00/" + interval;
	}

}
