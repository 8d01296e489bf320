package jp.tsunagari.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The database aggregates on H2 (the demo's database) against an independent computation over the same synthetic
 * history; {@link AnalyticsPostgresIT} runs the same checks on PostgreSQL.
 */
class CycleTimeReportsTest extends CycleTimeReportsContract {

	private static ProcessEngine engine;

	private static CycleTimeChecks checks;

	@BeforeAll
	static void createHistory() {
		engine = SyntheticHistory.engine("analytics-h2", "jdbc:h2:mem:analytics-h2;DB_CLOSE_DELAY=-1;MODE=LEGACY", "sa",
				"");
		assertThat(SyntheticHistory.create(engine)).isEqualTo(65);
		checks = new CycleTimeChecks(
				CycleTimeReports.over(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
					.getDataSource()),
				engine.getHistoryService());
	}

	@AfterAll
	static void close() {
		engine.close();
	}

	@Override
	CycleTimeChecks checks() {
		return checks;
	}

}
