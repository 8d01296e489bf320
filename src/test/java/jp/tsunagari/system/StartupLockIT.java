package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The start-up lock on a real PostgreSQL: a second node waits for the first to be ready (or to fail), then takes
 * the lock; on H2 there is none.
 */
class StartupLockIT {

	private final EmbeddedPostgresServer.Database postgres = EmbeddedPostgresServer.newDatabase();

	@Test
	void aSecondNodeWaitsUntilTheFirstIsReady() throws Exception {
		StartupLock first = new StartupLock(postgres.dataSource());
		assertThat(first.isHeld()).isTrue();

		CompletableFuture<StartupLock> second = startingNode();
		Thread.sleep(1000);
		assertThat(second).as("waiting while the first node starts").isNotDone();

		first.onApplicationEvent(null);
		StartupLock next = second.get(30, TimeUnit.SECONDS);
		assertThat(next.isHeld()).isTrue();
		assertThat(first.isHeld()).isFalse();
		next.destroy();
		StartupLock later = new StartupLock(postgres.dataSource());
		assertThat(later.isHeld()).as("free again once the second node is up").isTrue();
		later.destroy();
	}

	@Test
	void aNodeKilledWhileStartingFreesTheLock() throws Exception {
		StartupLock killed = new StartupLock(postgres.dataSource());
		// as kill -9 does: the node's database session ends
		new JdbcTemplate(postgres.dataSource()).queryForList(
				"select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted "
						+ "and database = (select oid from pg_database where datname = current_database())");

		StartupLock next = startingNode().get(30, TimeUnit.SECONDS);
		assertThat(next.isHeld()).isTrue();
		next.destroy();
		killed.destroy();
	}

	/** Another node's start-up, in its own thread: done once it holds the lock. */
	private CompletableFuture<StartupLock> startingNode() {
		return CompletableFuture.supplyAsync(() -> {
			try {
				return new StartupLock(postgres.dataSource());
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	@Test
	void onH2ThereIsNoLock() throws SQLException {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:startup-lock");
		assertThat(new StartupLock(h2).isHeld()).isFalse();
	}

}
