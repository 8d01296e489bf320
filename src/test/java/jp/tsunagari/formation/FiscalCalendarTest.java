package jp.tsunagari.formation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class FiscalCalendarTest {

	private final FiscalCalendar calendar = new FiscalCalendar(4, 3);

	@Test
	void aFiscalYearRunsFromAprilToMarch() {
		assertThat(calendar.fiscalYearOf(LocalDate.parse("2024-03-31"))).isEqualTo(2023);
		assertThat(calendar.fiscalYearOf(LocalDate.parse("2024-04-01"))).isEqualTo(2024);
	}

	@Test
	void theReviewIsTheNextFirstOfMarchAndAFullYearAwayOnceItHasPassed() {
		assertThat(calendar.nextYearReview(LocalDate.parse("2024-05-10"))).isEqualTo("2025-03-01");
		assertThat(calendar.nextYearReview(LocalDate.parse("2025-02-28"))).isEqualTo("2025-03-01");
		assertThat(calendar.nextYearReview(LocalDate.parse("2025-03-01"))).isEqualTo("2026-03-01");
		assertThat(calendar.nextYearReview(LocalDate.parse("2025-03-20"))).isEqualTo("2026-03-01");
	}

	@Test
	void aPostponementResumesAtTheStartOfTheNextFiscalYear() {
		assertThat(calendar.nextFiscalYearStart(LocalDate.parse("2024-01-20"))).isEqualTo("2024-04-01");
		assertThat(calendar.nextFiscalYearStart(LocalDate.parse("2024-04-01"))).isEqualTo("2025-04-01");
		assertThat(FiscalCalendar.timerDate(LocalDate.parse("2024-04-01"))).isEqualTo("2024-04-01T09:00:00");
	}

	@Test
	void aMonthOutsideTheYearIsRefusedNamingTheSettings() {
		assertThatThrownBy(() -> new FiscalCalendar(13, 3)).hasMessageContaining("fiscal-year-start-month");
	}

	@Test
	void candidatesComeOnceInOrderWithoutMembers() {
		assertThat(MemberCandidates.of(List.of("NPO法人Ａ", "古本なるや"), "古本 なるや\n\n富山県カウンセリングセンター\nNPO法人A",
				List.of("富山県カウンセリングセンター")))
			.containsExactly("NPO法人Ａ", "古本なるや");
	}

}
