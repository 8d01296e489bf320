package jp.tsunagari.symposium;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SymposiumScheduleTest {

	private static final SymposiumProperties.LeadTimes SEEDS = new SymposiumProperties.LeadTimes(62, 60, 30, 14, 20);

	@Test
	void sendaiKickOffIs62DaysBeforeTheEvent() {
		SymposiumSchedule schedule = new SymposiumSchedule(LocalDate.of(2024, 2, 6), SEEDS);

		assertThat(schedule.dueDates()).containsEntry(SymposiumPlanning.KICK_OFF_DUE_DATE, "2023-12-06")
			.containsEntry(SymposiumPlanning.REPORT_DUE_DATE, "2024-02-26");
		assertThat(schedule.fiscalYearEnd()).isEqualTo(LocalDate.of(2024, 3, 31));
	}

	@Test
	void anEventFromAprilBelongsToTheFiscalYearEndingNextMarch() {
		assertThat(new SymposiumSchedule(LocalDate.of(2024, 4, 1), SEEDS).fiscalYearEnd())
			.isEqualTo(LocalDate.of(2025, 3, 31));
	}

	@Test
	void theDecorationContractOnlyWithABudget() {
		SymposiumSchedule schedule = new SymposiumSchedule(LocalDate.of(2024, 2, 21), SEEDS);
		LocalDate today = LocalDate.of(2023, 12, 1);

		assertThat(schedule.contracts("富山", "テーマ", 3_000_000L, 0L, today)).hasSize(1)
			.first()
			.satisfies(contract -> assertThat(contract).containsEntry("budgetYen", 3_000_000L)
				.containsEntry("contractKind", "SERVICES")
				.containsEntry("kickOffDueDate", "2023-12-21")
				.containsEntry("periodStart", "2023-12-01"));
		assertThat(schedule.contracts("仙台", "テーマ", 3_000_000L, 500_000L, today)).hasSize(2);
	}

}
