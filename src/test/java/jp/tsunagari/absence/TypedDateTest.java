package jp.tsunagari.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedDateTest {

	@ParameterizedTest
	@ValueSource(strings = { "2026/04/01", "2026/4/1", "2026-04-01", "2026.4.1", "２０２６／０４／０１", " 2026/04/01 ",
			"2026年4月1日", "令和8年4月1日", "令和８年４月１日", "令和 8年 4月 1日" })
	void readsTheFormsOfficesType(String typed) {
		assertThat(TypedDate.parse(typed)).contains(LocalDate.of(2026, 4, 1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "令和元年5月1日", "平成31年4月30日" })
	void readsTheFirstYearOfAnEraAndTheEraBefore(String typed) {
		assertThat(TypedDate.parse(typed)).get()
			.satisfies(date -> assertThat(date).isBetween(LocalDate.of(2019, 4, 30), LocalDate.of(2019, 5, 1)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "明日", "2026/02/30", "2026/13/01", "令和8年2月30日", "平成32年1月1日", "04/01/2026",
			"2026/04/01 10:00", "20260401" })
	void refusesWhatIsNoDayOrNoDate(String typed) {
		assertThat(TypedDate.parse(typed)).isEmpty();
	}

}
