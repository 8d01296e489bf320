package jp.tsunagari.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;

/**
 * The city's working days: Monday to Friday, except the national holidays of the holiday file (祝日, 振替休日,
 * 国民の休日) and the year-end closure (12/29–1/3 by default). Models use it as the bean {@code workingDays}, e.g.
 * {@code camunda:dueDate="${workingDays.after(5)}"}; every user task's due date is moved off a closed day by
 * {@link DueDatesOnWorkingDays}.
 */
public class WorkingDays {

	private final Set<LocalDate> holidays;

	private final MonthDay closureFrom;

	private final MonthDay closureTo;

	private final Clock clock;

	WorkingDays(Set<LocalDate> holidays, MonthDay closureFrom, MonthDay closureTo, Clock clock) {
		this.holidays = Set.copyOf(holidays);
		this.closureFrom = closureFrom;
		this.closureTo = closureTo;
		this.clock = clock;
	}

	public boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !holidays.contains(day) && !closed(MonthDay.from(day));
	}

	/** The day itself if it is a working day, else the next working day. */
	public LocalDate onOrAfter(LocalDate day) {
		LocalDate next = day;
		while (!isWorkingDay(next)) {
			next = next.plusDays(1);
		}
		return next;
	}

	/** The working day {@code days} working days after {@code day} (0: {@link #onOrAfter}). */
	public LocalDate plus(LocalDate day, int days) {
		LocalDate next = onOrAfter(day);
		for (int i = 0; i < days; i++) {
			next = onOrAfter(next.plusDays(1));
		}
		return next;
	}

	/** For models: now plus {@code days} working days, at the same time of day. */
	public Date after(int days) {
		LocalDateTime now = LocalDateTime.now(clock);
		return toDate(plus(now.toLocalDate(), days).atTime(now.toLocalTime()));
	}

	/** The same time on the next working day when {@code due} falls on a closed day; otherwise {@code due}. */
	public Date moveToWorkingDay(Date due) {
		LocalDateTime time = LocalDateTime.ofInstant(due.toInstant(), clock.getZone());
		LocalDate day = onOrAfter(time.toLocalDate());
		return day.equals(time.toLocalDate()) ? due : toDate(day.atTime(time.toLocalTime()));
	}

	/** Working days after {@code from} up to and including {@code to} (0 when {@code to} is not after it). */
	public int between(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	private boolean closed(MonthDay day) {
		if (closureFrom.isAfter(closureTo)) {
			return !day.isBefore(closureFrom) || !day.isAfter(closureTo);
		}
		return !day.isBefore(closureFrom) && !day.isAfter(closureTo);
	}

	private Date toDate(LocalDateTime time) {
		return Date.from(ZonedDateTime.of(time, clock.getZone()).toInstant());
	}

}
