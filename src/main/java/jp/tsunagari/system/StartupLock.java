package jp.tsunagari.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Several engine nodes may share one PostgreSQL database and start together. Their start-ups take turns: a node holds
 * a PostgreSQL advisory lock from before its first schema change (Camunda's Liquibase changelog, our feature tables,
 * the engine's own schema update) until it is ready (the engine's deployment, the directory sync and the demo data
 * done); a node starting meanwhile waits, then finds all of it there and only checks it. Without the turns the second
 * node failed on {@code relation "databasechangelog" already exists} or a duplicate group, and a demo seeded while
 * another node's job executor ran was corrupted. The lock belongs to the database session, so a node that dies
 * holding it frees it at once. The lock is ordered before every database initializer by
 * {@link StartupLockDetector}. On other databases (H2: one process per file) nothing is shared and nothing is locked.
 */
@EngineNode
@Component
public class StartupLock implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

	/** The advisory lock's key: any number of our own, the same on every node ("tsunagar" in ASCII). */
	static final long KEY = 0x7473756e61676172L;

	private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

	private Connection session;

	StartupLock(DataSource dataSource) throws SQLException {
		Connection connection = dataSource.getConnection();
		if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
			connection.close();
			return;
		}
		try {
			connection.setAutoCommit(true);
			long since = System.nanoTime();
			if (!Boolean.TRUE.equals(call(connection, "select pg_try_advisory_lock(?)"))) {
				log.info("Another node is starting on this database: waiting for its start-up to finish");
				call(connection, "select pg_advisory_lock(?)");
				log.info("Start-up lock taken after {} ms", (System.nanoTime() - since) / 1_000_000);
			}
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
		session = connection;
	}

	/** Calls one of PostgreSQL's advisory lock functions with our key; returns what it returns. */
	private static Object call(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, KEY);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getObject(1);
			}
		}
	}

	/** Whether this node holds the lock now (never on a database without one). */
	public synchronized boolean isHeld() {
		return session != null;
	}

	/** After the runners (the demo data): the next node may start. */
	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		release();
	}

	/** A start-up that failed closes the context: the lock goes with it. */
	@Override
	public void destroy() {
		release();
	}

	private synchronized void release() {
		if (session == null) {
			return;
		}
		try (Connection connection = session) {
			call(connection, "select pg_advisory_unlock(?)");
		}
		catch (SQLException ex) {
			// closing the session frees the lock anyway; the pool discards a broken connection
			log.warn("The start-up lock was released by closing its session: {}", ex.getMessage());
		}
		session = null;
	}

}
