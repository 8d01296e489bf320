package jp.tsunagari.system;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds to Camunda's authorization table the indexes the Tasklist benchmark showed to pay (docs/benchmarks.md). Every
 * query a staff user makes joins the rows {@code TYPE_ < 2 AND (USER_ID_ IN (…) OR GROUP_ID_ IN (…)) AND
 * RESOURCE_TYPE_ = …}; Camunda's schema indexes only {@code GROUP_ID_} and {@code RESOURCE_ID_} alone (its unique
 * constraints start with {@code TYPE_}), so PostgreSQL read the whole table. With these it reads the user's and their
 * groups' rows of the one resource type. The same statements on H2 and PostgreSQL; run once every singleton, the
 * engine included, exists (by then the engine or Camunda's Liquibase changelog has created the table), harmless at
 * every later start. Public because the benchmark adds and drops the same indexes.
 */
@EngineNode
@Component
public class AuthorizationIndexes implements SmartInitializingSingleton {

	/** The indexes' names, ours (TSG_), so they never collide with Camunda's. */
	public static final List<String> NAMES = List.of("TSG_IDX_AUTH_USER_RESOURCE", "TSG_IDX_AUTH_GROUP_RESOURCE");

	/** The statements that create them. */
	public static final List<String> STATEMENTS = List.of(
			"CREATE INDEX IF NOT EXISTS TSG_IDX_AUTH_USER_RESOURCE ON ACT_RU_AUTHORIZATION (USER_ID_, RESOURCE_TYPE_,"
					+ " RESOURCE_ID_)",
			"CREATE INDEX IF NOT EXISTS TSG_IDX_AUTH_GROUP_RESOURCE ON ACT_RU_AUTHORIZATION (GROUP_ID_, RESOURCE_TYPE_,"
					+ " RESOURCE_ID_)");

	private final DataSource dataSource;

	AuthorizationIndexes(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterSingletonsInstantiated() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		STATEMENTS.forEach(jdbc::execute);
	}

}
