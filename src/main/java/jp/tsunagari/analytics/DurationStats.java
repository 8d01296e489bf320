package jp.tsunagari.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Count, mean, median, 90th percentile and maximum of durations in milliseconds, aggregated by the database.
 * Percentiles are continuous (linear interpolation between the two nearest values, as {@code PERCENTILE_CONT}).
 * Null figures when nothing was counted.
 */
public record DurationStats(long count, Double meanMillis, Double medianMillis, Double p90Millis, Double maxMillis) {

	/** The select-list items for an expression; their columns are named {@code <alias>_n}, {@code <alias>_mean}… */
	static String select(String expression, String alias) {
		String ordered = " WITHIN GROUP (ORDER BY " + expression + ")";
		return "COUNT(" + expression + ") AS " + alias + "_n, " //
				+ "AVG(CAST(" + expression + " AS DOUBLE PRECISION)) AS " + alias + "_mean, " //
				+ "PERCENTILE_CONT(0.5)" + ordered + " AS " + alias + "_median, " //
				+ "PERCENTILE_CONT(0.9)" + ordered + " AS " + alias + "_p90, " //
				+ "MAX(" + expression + ") AS " + alias + "_max";
	}

	static DurationStats read(ResultSet row, String alias) throws SQLException {
		return new DurationStats(row.getLong(alias + "_n"), nullable(row, alias + "_mean"),
				nullable(row, alias + "_median"), nullable(row, alias + "_p90"), nullable(row, alias + "_max"));
	}

	private static Double nullable(ResultSet row, String column) throws SQLException {
		double value = row.getDouble(column);
		return row.wasNull() ? null : value;
	}

}
