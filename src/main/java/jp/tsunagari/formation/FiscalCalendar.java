package jp.tsunagari.formation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The fiscal year (年度, from {@code startMonth}) and the dates the formation waits for: the year-end review and the
 * start of the next fiscal year. Timer dates are ISO date-times at the start of the working day.
 */
record FiscalCalendar(int startMonth, int reviewMonth) {

	private static final LocalTime WORKDAY_START = LocalTime.of(9, 0);

	private static final DateTimeFormatter TIMER_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	FiscalCalendar {
		if (startMonth < 1 || startMonth > 12 || reviewMonth < 1 || reviewMonth > 12) {
			throw new IllegalArgumentException(
					"tsunagari.formation: fiscal-year-start-month and year-review-month must be 1-12");
		}
	}

	/** The fiscal year a day belongs to, named by the calendar year it starts in (2024-03-31 is in 2023). */
	int fiscalYearOf(LocalDate day) {
		return day.getMonthValue() >= startMonth ? day.getYear() : day.getYear() - 1;
	}

	/** The first day of the review month strictly after {@code today}: a full year of operation when it just passed. */
	LocalDate nextYearReview(LocalDate today) {
		LocalDate review = LocalDate.of(today.getYear(), reviewMonth, 1);
		return review.isAfter(today) ? review : review.plusYears(1);
	}

	/** The first day of the fiscal year after the one {@code today} is in. */
	LocalDate nextFiscalYearStart(LocalDate today) {
		return LocalDate.of(fiscalYearOf(today) + 1, startMonth, 1);
	}

	/** Today on the engine's clock (tests and the demo history move it), not the wall clock. */
	static LocalDate engineToday() {
		return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
	}

	static String timerDate(LocalDate day) {
		return LocalDateTime.of(day, WORKDAY_START).format(TIMER_DATE);
	}

}
