package jp.tsunagari.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class DurationUnitTest {

	private static final double MINUTE = 60_000;

	private static final double HOUR = 60 * MINUTE;

	private static final double DAY = 24 * HOUR;

	@Test
	void theTypicalValueOfTheDataChoosesTheUnit() {
		assertThat(DurationUnit.fitting(Stream.of(20 * DAY, 45 * DAY, 3 * DAY))).as("processes of weeks")
			.isEqualTo(DurationUnit.DAYS);
		assertThat(DurationUnit.fitting(Stream.of(2 * HOUR, 5 * HOUR, 30 * DAY))).as("short steps and one long")
			.isEqualTo(DurationUnit.HOURS);
		assertThat(DurationUnit.fitting(Stream.of(3 * MINUTE, 20 * MINUTE, 2 * HOUR))).isEqualTo(DurationUnit.MINUTES);
		assertThat(DurationUnit.fitting(Stream.of(30_000d))).as("seconds are read in minutes")
			.isEqualTo(DurationUnit.MINUTES);
		assertThat(DurationUnit.fitting(Stream.of(DAY, HOUR))).as("the median of an even count: 12.5 hours")
			.isEqualTo(DurationUnit.HOURS);
		assertThat(DurationUnit.fitting(Arrays.asList(null, 2 * DAY, null).stream())).as("nulls are no data")
			.isEqualTo(DurationUnit.DAYS);
		assertThat(DurationUnit.fitting(Stream.empty())).isEqualTo(DurationUnit.HOURS);
	}

	@Test
	void valuesAreRoundedToOneDecimalInTheUnit() {
		assertThat(DurationUnit.DAYS.value(1.25 * DAY)).isEqualTo(new BigDecimal("1.3"));
		assertThat(DurationUnit.HOURS.value(90 * MINUTE)).isEqualTo(new BigDecimal("1.5"));
		assertThat(DurationUnit.DAYS.value(2 * MINUTE)).isEqualTo(new BigDecimal("0.0"));
		assertThat(DurationUnit.HOURS.value(null)).isNull();
		assertThat(DurationUnit.DAYS.format(14 * DAY)).isEqualTo("14.0");
		assertThat(DurationUnit.MINUTES.format(12_345d)).isEqualTo("0.2");
		assertThat(DurationUnit.HOURS.format(null)).isEqualTo("—");
		assertThat(DurationUnit.DAYS.header("中央値")).isEqualTo("中央値（日）");
		assertThat(DurationUnit.MINUTES.header("平均")).isEqualTo("平均（分）");
	}

}
