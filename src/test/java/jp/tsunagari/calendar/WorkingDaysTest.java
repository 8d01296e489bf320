package jp.tsunagari.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class WorkingDaysTest {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	static WorkingDays calendar(LocalDateTime now) {
		CalendarProperties defaults = new CalendarProperties(new ClassPathResource("calendar/holidays.csv"), "12-29",
				"01-03");
		return new WorkingDays(HolidayFile.read(defaults.holidaysFile()), defaults.closureStart(), defaults.closureEnd(),
				Clock.fixed(now.atZone(TOKYO).toInstant(), TOKYO));
	}

	private final WorkingDays days = calendar(LocalDateTime.of(2026, 4, 28, 9, 0));

	@Test
	void goldenWeekHolidaysSubstituteHolidayAndWeekendAreClosed() {
		// 2026: 昭和の日 Wed 4/29, then Sat 5/2 – Wed 5/6 (憲法記念日 on a Sunday gives the 振替休日 of 5/6)
		assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 28))).isTrue();
		assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 29))).isFalse();
		assertThat(days.isWorkingDay(LocalDate.of(2026, 5, 1))).isTrue();
		for (int day = 2; day <= 6; day++) {
			assertThat(days.isWorkingDay(LocalDate.of(2026, 5, day))).as("2026-05-0%d", day).isFalse();
		}
		assertThat(days.onOrAfter(LocalDate.of(2026, 5, 2))).isEqualTo(LocalDate.of(2026, 5, 7));
		assertThat(days.plus(LocalDate.of(2026, 4, 28), 3)).isEqualTo(LocalDate.of(2026, 5, 7));
		assertThat(days.between(LocalDate.of(2026, 4, 28), LocalDate.of(2026, 5, 7))).isEqualTo(3);
	}

	@Test
	void nationalHolidayBetweenTwoHolidaysAndSubstituteHolidaysAreInTheFile() {
		assertThat(days.isWorkingDay(LocalDate.of(2026, 9, 22))).as("国民の休日 2026").isFalse();
		assertThat(days.isWorkingDay(LocalDate.of(2025, 11, 24))).as("振替休日 2025").isFalse();
		assertThat(days.isWorkingDay(LocalDate.of(2027, 3, 22))).as("振替休日 of 春分の日 2027").isFalse();
	}

	@Test
	void theYearEndClosureRunsFromTheTwentyNinthToTheThirdOfJanuary() {
		assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 28))).isTrue();
		assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 29))).isFalse();
		assertThat(days.isWorkingDay(LocalDate.of(2027, 1, 3))).isFalse();
		assertThat(days.plus(LocalDate.of(2026, 12, 28), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(days.moveToWorkingDay(date(LocalDateTime.of(2026, 12, 30, 17, 0))))
			.isEqualTo(date(LocalDateTime.of(2027, 1, 4, 17, 0)));
	}

	@Test
	void aDueDateOnAWorkingDayStaysAndModelsCountWorkingDaysFromNow() {
		Date friday = date(LocalDateTime.of(2026, 5, 1, 17, 0));
		assertThat(days.moveToWorkingDay(friday)).isSameAs(friday);
		assertThat(days.after(3)).isEqualTo(date(LocalDateTime.of(2026, 5, 7, 9, 0)));
	}

	@Test
	void aHolidayFileWithABadLineIsRefusedNamingTheLine() {
		ByteArrayResource file = new ByteArrayResource("date,name\n2027-01-01,元日\n2027/01/11,成人の日\n".getBytes());
		assertThatThrownBy(() -> HolidayFile.read(file)).hasMessageContaining("3行目");
	}

	private static Date date(LocalDateTime time) {
		return Date.from(ZonedDateTime.of(time, TOKYO).toInstant());
	}

}
