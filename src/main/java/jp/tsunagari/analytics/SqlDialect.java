package jp.tsunagari.analytics;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * What differs between the databases the history is read from. Both PostgreSQL and H2 2.x have the ordered-set
 * aggregate {@code PERCENTILE_CONT(p) WITHIN GROUP (ORDER BY x)}, so the queries are the same SQL but for the
 * difference of two timestamps in milliseconds (ACT_HI_* store the timestamps, and DURATION_ only where the engine
 * computed one).
 */
enum SqlDialect {

	POSTGRESQL {
		@Override
		String millisBetween(String from, String to) {
			return "(EXTRACT(EPOCH FROM (" + to + " - " + from + ")) * 1000)";
		}

		@Override
		String claimIndex() {
			return "CREATE INDEX IF NOT EXISTS " + CLAIM_INDEX + " ON ACT_HI_IDENTITYLINK (TASK_ID_, TIMESTAMP_)"
					+ " WHERE TYPE_ = 'assignee' AND OPERATION_TYPE_ = 'add'";
		}
	},

	H2 {
		@Override
		String millisBetween(String from, String to) {
			return "DATEDIFF(MILLISECOND, " + from + ", " + to + ")";
		}

		@Override
		String claimIndex() {
			// H2 has no partial indexes
			return "CREATE INDEX IF NOT EXISTS " + CLAIM_INDEX
					+ " ON ACT_HI_IDENTITYLINK (TASK_ID_, TYPE_, OPERATION_TYPE_, TIMESTAMP_)";
		}
	};

	/**
	 * The index that pays for the claim times (waiting vs working) on a large history: docs/benchmarks.md. Our own
	 * name, so it never meets one of Camunda's changelog.
	 */
	static final String CLAIM_INDEX = "TSG_IDX_HI_IDENT_LNK_CLAIM";

	/** An SQL expression for the milliseconds from one timestamp column to another (null if either is null). */
	abstract String millisBetween(String from, String to);

	/** DDL creating {@link #CLAIM_INDEX} unless it exists. */
	abstract String claimIndex();

	static SqlDialect of(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return of(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database holds the history", ex);
		}
	}

	static SqlDialect of(String productName) {
		if (productName.toLowerCase().contains("postgres")) {
			return POSTGRESQL;
		}
		if (productName.equalsIgnoreCase("H2")) {
			return H2;
		}
		throw new IllegalStateException("Cycle-time analytics supports PostgreSQL and H2, not " + productName);
	}

}
