package jp.tsunagari.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class JapaneseDatesTest {

	private final JapaneseDates dates = new JapaneseDates();

	@Test
	void datesInTheJapaneseEraWithTheFirstYearAsGannen() {
		assertThat(dates.date(LocalDateTime.of(2026, 11, 23, 9, 5))).isEqualTo("令和8年11月23日");
		assertThat(dates.date(LocalDateTime.of(2019, 5, 1, 0, 0))).isEqualTo("令和元年5月1日");
		assertThat(dates.date(LocalDateTime.of(2019, 4, 30, 0, 0))).isEqualTo("平成31年4月30日");
		assertThat(dates.dateTime(LocalDateTime.of(2026, 11, 23, 9, 5))).isEqualTo("令和8年11月23日 9:05");
		assertThat(dates.date(null)).isEqualTo("—");
	}

	@Test
	void durationsInDaysHoursAndMinutes() {
		assertThat(dates.duration(Duration.ofHours(76))).isEqualTo("3日4時間");
		assertThat(dates.duration(Duration.ofMinutes(95))).isEqualTo("1時間35分");
		assertThat(dates.duration(Duration.ofMinutes(7))).isEqualTo("7分");
		assertThat(dates.hours(1.25)).isEqualTo("1.3");
	}

}
