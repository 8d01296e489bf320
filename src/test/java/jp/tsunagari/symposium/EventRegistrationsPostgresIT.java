package jp.tsunagari.symposium;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.tsunagari.system.EmbeddedPostgresServer;

/**
 * The event schema and the seat counting on a real PostgreSQL 16 (embedded, no Docker): the start-up script runs
 * twice without harm, and concurrent registrations, each in its own READ COMMITTED transaction as in production,
 * never take more seats than the venue has.
 */
class EventRegistrationsPostgresIT {

	private static final DataSource postgres = EmbeddedPostgresServer.newDatabase().dataSource();

	@Test
	void concurrentTransactionsNeverOverbookOnPostgres() throws Exception {
		EventTables tables = new EventTables(postgres);
		TransactionTemplate transaction = new TransactionTemplate(
				new DataSourceTransactionManager(postgres));
		String eventId = tables.registrations.openEvent("シンポジウム", LocalDate.of(2024, 2, 6), 25, "pi");

		ExecutorService pool = Executors.newFixedThreadPool(10);
		List<RegistrationStatus> statuses = new ArrayList<>();
		try {
			List<Callable<Registration>> applicants = new ArrayList<>();
			for (int i = 0; i < 80; i++) {
				Applicant applicant = new Applicant("参加者" + i, "p" + i + "@example.jp", null,
						AttendeeCategory.values()[i % 3], Participation.VENUE);
				applicants.add(() -> transaction.execute(status -> tables.registrations.register(eventId, applicant)));
			}
			for (Future<Registration> result : pool.invokeAll(applicants)) {
				statuses.add(result.get().status());
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(statuses).filteredOn(RegistrationStatus.CONFIRMED::equals).hasSize(25);
		assertThat(tables.registrations.event(eventId).orElseThrow().seatsTaken()).isEqualTo(25);
		assertThat(tables.registrations.registrations(eventId))
			.filteredOn(registration -> registration.status() == RegistrationStatus.WAITLISTED)
			.hasSize(55);
	}

}
