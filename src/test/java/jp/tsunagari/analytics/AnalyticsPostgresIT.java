package jp.tsunagari.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import jp.tsunagari.system.EmbeddedPostgresServer;

/**
 * The database aggregates on PostgreSQL 16 (production's database, embedded), against the same independent
 * computation as {@link CycleTimeReportsTest} on H2: the SQL differs only in timestamp arithmetic.
 */
class AnalyticsPostgresIT extends CycleTimeReportsContract {

	private static ProcessEngine engine;

	private static CycleTimeChecks checks;

	@BeforeAll
	static void createHistory() {
		EmbeddedPostgresServer.Database postgres = EmbeddedPostgresServer.newDatabase();
		engine = SyntheticHistory.engine("analytics-postgres", postgres.jdbcUrl(), EmbeddedPostgresServer.USER,
				"postgres");
		assertThat(SyntheticHistory.create(engine)).isEqualTo(65);
		CycleTimeReports reports = CycleTimeReports.over(postgres.dataSource());
		assertThat(SqlDialect.of(postgres.dataSource())).isEqualTo(SqlDialect.POSTGRESQL);
		checks = new CycleTimeChecks(reports, engine.getHistoryService());
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
