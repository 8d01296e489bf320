package jp.tsunagari.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class JapaneseDatesTest {

	private final JapaneseDates dates = new JapaneseDates();

	@Test
	void durationsInDaysHoursAndMinutes() {
		assertThat(dates.duration(Duration.ofHours(76))).isEqualTo("3日4時間");
		assertThat(dates.duration(Duration.ofMinutes(95))).isEqualTo("1時間35分");
		assertThat(dates.duration(Duration.ofMinutes(7))).isEqualTo("7分");
	}

}
