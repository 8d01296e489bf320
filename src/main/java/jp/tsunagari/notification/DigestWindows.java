package jp.tsunagari.notification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import jp.tsunagari.calendar.WorkingDays;

/**
 * When digests come: at a person's time on each working day. A digest of the window ending at {@code end} lists the
 * tasks that arrived since the previous working day's time (a Monday's digest covers the weekend, the first day
 * after Golden Week the whole holiday).
 */
class DigestWindows {

	/** The working days' times from {@code start} (exclusive) to {@code end} (inclusive). */
	record Window(LocalDateTime start, LocalDateTime end) {

		boolean contains(LocalDateTime time) {
			return time.isAfter(start) && !time.isAfter(end);
		}

	}

	private final WorkingDays workingDays;

	DigestWindows(WorkingDays workingDays) {
		this.workingDays = workingDays;
	}

	/** The latest window that has ended by {@code now} for a digest at {@code time}. */
	Window latest(LocalDateTime now, LocalTime time) {
		LocalDate day = now.toLocalDate();
		if (now.toLocalTime().isBefore(time)) {
			day = day.minusDays(1);
		}
		LocalDate end = workingDayOnOrBefore(day);
		LocalDate start = workingDayOnOrBefore(end.minusDays(1));
		return new Window(start.atTime(time), end.atTime(time));
	}

	/** The earliest start any person's latest window can have (a run reads the tasks created since). */
	LocalDateTime earliestStart(LocalDateTime now) {
		return latest(now, LocalTime.MAX).start().toLocalDate().atStartOfDay();
	}

	private LocalDate workingDayOnOrBefore(LocalDate day) {
		LocalDate found = day;
		while (!workingDays.isWorkingDay(found)) {
			found = found.minusDays(1);
		}
		return found;
	}

}
