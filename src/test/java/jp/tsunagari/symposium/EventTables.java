package jp.tsunagari.symposium;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import jp.tsunagari.system.FeatureTables;

/** The event tables on a database (in-memory H2: the process tests' own or a private one), schema applied. */
final class EventTables {

	final JdbcTemplate jdbc;

	final EventRegistrations registrations;

	final QuestionnaireAnswers answers;

	EventTables(DataSource dataSource) {
		FeatureTables.initializer(dataSource, "classpath:symposium/schema.sql").initializeDatabase();
		jdbc = new JdbcTemplate(dataSource);
		registrations = new EventRegistrations(jdbc);
		answers = new QuestionnaireAnswers(jdbc, registrations);
	}

	/** The database of the process-test engine (process-test.cfg.xml). */
	static EventTables ofProcessTestEngine() {
		return h2("jdbc:h2:mem:camunda-process-tests;DB_CLOSE_DELAY=1000");
	}

	static EventTables inMemory(String name) {
		return h2("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=LEGACY");
	}

	private static EventTables h2(String url) {
		return new EventTables(new DriverManagerDataSource(url, "sa", ""));
	}

}
