package jp.tsunagari.referral;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * When a monthly meeting sits: the configured dates if any lies ahead, else a rule such as "the second Tuesday of
 * each month" (the seeds say only 1回/月). A case goes to the first meeting strictly after now.
 */
public record MeetingCalendar(List<LocalDate> dates, LocalTime time, int weekOfMonth, DayOfWeek dayOfWeek) {

	public MeetingCalendar {
		dates = dates == null ? List.of() : dates.stream().sorted().toList();
	}

	public LocalDateTime next(LocalDateTime now) {
		return dates.stream()
			.map(date -> date.atTime(time))
			.filter(meeting -> meeting.isAfter(now))
			.findFirst()
			.orElseGet(() -> byRule(now));
	}

	private LocalDateTime byRule(LocalDateTime now) {
		LocalDate month = now.toLocalDate().withDayOfMonth(1);
		while (true) {
			LocalDateTime meeting = month.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, dayOfWeek)).atTime(time);
			if (meeting.isAfter(now)) {
				return meeting;
			}
			month = month.plusMonths(1);
		}
	}

}
