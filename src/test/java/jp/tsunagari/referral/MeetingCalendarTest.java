package jp.tsunagari.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class MeetingCalendarTest {

	private static final LocalTime TWO_PM = LocalTime.of(14, 0);

	@Test
	void takesTheFirstConfiguredMeetingStrictlyAfterNow() {
		MeetingCalendar calendar = new MeetingCalendar(
				List.of(LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 19)), TWO_PM, 2,
				DayOfWeek.TUESDAY);

		assertThat(calendar.next(LocalDateTime.of(2026, 11, 23, 9, 0))).isEqualTo(LocalDateTime.of(2026, 12, 1, 14, 0));
		// a case tabled while the meeting sits waits for the next one
		assertThat(calendar.next(LocalDateTime.of(2026, 12, 1, 14, 0))).isEqualTo(LocalDateTime.of(2026, 12, 15, 14, 0));
	}

	@Test
	void fallsBackToTheRuleAfterTheLastConfiguredDate() {
		MeetingCalendar calendar = new MeetingCalendar(List.of(LocalDate.of(2026, 12, 1)), TWO_PM, 2,
				DayOfWeek.TUESDAY);

		// second Tuesdays: 2026-12-08, 2027-01-12
		assertThat(calendar.next(LocalDateTime.of(2026, 12, 2, 9, 0))).isEqualTo(LocalDateTime.of(2026, 12, 8, 14, 0));
		assertThat(calendar.next(LocalDateTime.of(2026, 12, 8, 15, 0))).isEqualTo(LocalDateTime.of(2027, 1, 12, 14, 0));
	}

	@Test
	void withoutDatesEveryMonthFollowsTheRule() {
		MeetingCalendar calendar = new MeetingCalendar(null, LocalTime.of(10, 0), 2, DayOfWeek.THURSDAY);

		// second Thursday of November 2026 is the 12th: already past on the 23rd
		assertThat(calendar.next(LocalDateTime.of(2026, 11, 23, 9, 0))).isEqualTo(LocalDateTime.of(2026, 12, 10, 10, 0));
		assertThat(calendar.next(LocalDateTime.of(2026, 11, 12, 9, 59))).isEqualTo(LocalDateTime.of(2026, 11, 12, 10, 0));
	}

}
