package jp.tsunagari.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The database aggregates on PostgreSQL 16 (production's database, embedded), against the same independent
 * computation as {@link CycleTimeReportsTest} on H2: the SQL differs only in timestamp arithmetic.
 */
class AnalyticsPostgresIT extends CycleTimeReportsContract {

	private static EmbeddedPostgres postgres;

	private static ProcessEngine engine;

	private static CycleTimeChecks checks;

	@BeforeAll
	static void createHistory() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
		engine = SyntheticHistory.engine("analytics-postgres", postgres.getJdbcUrl("postgres", "postgres"), "postgres",
				"postgres");
		assertThat(SyntheticHistory.create(engine)).isEqualTo(65);
		CycleTimeReports reports = CycleTimeReports.over(postgres.getPostgresDatabase());
		assertThat(SqlDialect.of(postgres.getPostgresDatabase())).isEqualTo(SqlDialect.POSTGRESQL);
		checks = new CycleTimeChecks(reports, engine.getHistoryService());
	}

	@AfterAll
	static void close() throws IOException {
		engine.close();
		postgres.close();
	}

	@Override
	CycleTimeChecks checks() {
		return checks;
	}

}
