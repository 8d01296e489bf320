package jp.tsunagari.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import jp.tsunagari.system.FeatureTables;

/** Our own tables beside the engine's, on H2 (PostgresIT starts the application on PostgreSQL with them too). */
class CaseTablesTest {

	private final JdbcTemplate jdbc = new JdbcTemplate(
			new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));

	@BeforeEach
	void createTables() {
		FeatureTables.initializer(jdbc.getDataSource(), "classpath:referral/schema.sql").initializeDatabase();
	}

	@Test
	void caseNumbersCountPerPrefixAndYear() {
		CaseNumbers numbers = new JdbcCaseNumbers(jdbc);

		assertThat(numbers.next("R", 2026)).isEqualTo("R-2026-0001");
		assertThat(numbers.next("R", 2026)).isEqualTo("R-2026-0002");
		assertThat(numbers.next("C", 2026)).isEqualTo("C-2026-0001");
		assertThat(numbers.next("R", 2027)).isEqualTo("R-2027-0001");
		// the table survives a restart of the application (whose start runs the script again)
		createTables();
		assertThat(new JdbcCaseNumbers(jdbc).next("R", 2026)).isEqualTo("R-2026-0003");
	}

	@Test
	void aMeetingIsStartedOnce() {
		MeetingKeys meetings = new JdbcMeetingKeys(jdbc);
		assertThat(meetings.claim("ADM-2026-12-08")).isTrue();

		// a meeting that was started keeps its key: a case arriving after it ended goes to the next one
		assertThat(meetings.claim("ADM-2026-12-08")).isFalse();
		assertThat(meetings.claim("ADM-2027-01-12")).isTrue();
	}

	@Test
	void theAuditKeepsWhoDidWhatToWhichCaseInOrder() {
		CaseAudit audit = new JdbcCaseAudit(jdbc);
		audit.record("R-2026-0001", "pi-1", "ito", "READ", "GetTaskFormVariablesCmd");
		audit.record("R-2026-0002", "pi-2", "yamamoto", "CASE_OPENED", "district 05");
		audit.record("R-2026-0001", "pi-1", "ito", "TASK_COMPLETED", "x".repeat(1200));

		assertThat(audit.entriesOf("R-2026-0001")).extracting(CaseAuditEntry::actor, CaseAuditEntry::action)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ito", "READ"),
					org.assertj.core.groups.Tuple.tuple("ito", "TASK_COMPLETED"));
		assertThat(audit.entriesOf("R-2026-0001").get(1).detail()).hasSize(1000);
	}

}
