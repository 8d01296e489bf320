package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseDateFormatsTest {

	private final JapaneseDateFormats dates = new JapaneseDateFormats();

	@ParameterizedTest
	@CsvSource({ "2026-12-03, 令和8年12月3日", "2019-04-30, 平成31年4月30日", "2019-05-01, 令和元年5月1日",
			"2020-01-01, 令和2年1月1日", "1989-01-07, 昭和64年1月7日", "1989-01-08, 平成元年1月8日" })
	void warekiNamesTheEraAndItsFirstYearGanNen(LocalDate date, String expected) {
		assertThat(dates.wareki(date)).isEqualTo(expected);
		assertThat(dates.wareki(date.atTime(23, 59))).isEqualTo(expected);
	}

	@Test
	void timesInBothKindsNeverIso() {
		LocalDateTime deadline = LocalDateTime.of(2026, 12, 3, 9, 5);
		assertThat(dates.warekiWithTime(deadline)).isEqualTo("令和8年12月3日 9時05分");
		assertThat(dates.slash(deadline)).isEqualTo("2026/12/03");
		assertThat(dates.slash(LocalDate.of(2019, 5, 1))).isEqualTo("2019/05/01");
		assertThat(dates.slashWithTime(deadline)).isEqualTo("2026/12/03 09:05");
	}

	@Test
	void nothingIsADash() {
		assertThat(dates.wareki(null)).isEqualTo("—");
		assertThat(dates.warekiWithTime(null)).isEqualTo("—");
		assertThat(dates.slash(null)).isEqualTo("—");
		assertThat(dates.slashWithTime(null)).isEqualTo("—");
	}

}
