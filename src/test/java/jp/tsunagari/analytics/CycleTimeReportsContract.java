package jp.tsunagari.analytics;

import org.junit.jupiter.api.Test;

/**
 * Every report against the independent computation, on whichever database the subclass created the synthetic
 * history in (H2 in {@link CycleTimeReportsTest}, PostgreSQL in {@link AnalyticsPostgresIT}).
 */
abstract class CycleTimeReportsContract {

	abstract CycleTimeChecks checks();

	@Test
	void processDurations() {
		checks().processes();
	}

	@Test
	void stepDurationsWithWaitingAndWorkingTime() {
		checks().steps();
	}

	@Test
	void byDepartment() {
		checks().departments();
	}

	@Test
	void trendByMonthAndFiscalYear() {
		checks().trendByMonthAndFiscalYear();
	}

	@Test
	void dueDateAdherence() {
		checks().dueAdherence(SyntheticHistory.NOW);
	}

	@Test
	void bottleneckRanking() {
		checks().bottlenecks();
	}

	@Test
	void exportTablesInOneUnitRounded() {
		checks().reportTables();
	}

}
