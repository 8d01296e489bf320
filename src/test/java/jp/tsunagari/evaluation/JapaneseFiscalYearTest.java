package jp.tsunagari.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JapaneseFiscalYearTest {

	@Test
	void namesFiscalYearsAfterTheEraOfTheirStart() {
		assertThat(JapaneseFiscalYear.label(2020)).isEqualTo("令和2年度");
		assertThat(JapaneseFiscalYear.label(2021)).isEqualTo("令和3年度");
		// the fiscal year of the era change (April 2019 to March 2020) is called 令和元年度
		assertThat(JapaneseFiscalYear.label(2019)).isEqualTo("令和元年度");
		assertThat(JapaneseFiscalYear.label(2018)).isEqualTo("平成30年度");
		assertThat(JapaneseFiscalYear.label(2016)).isEqualTo("平成28年度");
		assertThat(JapaneseFiscalYear.label(1989)).isEqualTo("平成元年度");
	}

	@Test
	void refusesYearsBeforeHeisei() {
		assertThatThrownBy(() -> JapaneseFiscalYear.label(1988)).isInstanceOf(IllegalArgumentException.class);
	}

}
