package jp.tsunagari.analytics;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What the reports are narrowed to: one process (by key) and one fiscal year (年度, April to March) of the
 * start time. Both optional.
 */
public record HistoryFilter(String processKey, Integer fiscalYear) {

	static final HistoryFilter ALL = new HistoryFilter(null, null);

	/** {@code AND …} conditions on the table alias, with their parameters put into {@code parameters}. */
	String conditions(String alias, Map<String, Object> parameters) {
		StringBuilder sql = new StringBuilder();
		if (processKey != null && !processKey.isBlank()) {
			sql.append(" AND ").append(alias).append(".PROC_DEF_KEY_ = :processKey");
			parameters.put("processKey", processKey);
		}
		if (fiscalYear != null) {
			sql.append(" AND ").append(alias).append(".START_TIME_ >= :fyStart AND ").append(alias)
				.append(".START_TIME_ < :fyEnd");
			parameters.put("fyStart", Timestamp.valueOf(LocalDate.of(fiscalYear, 4, 1).atStartOfDay()));
			parameters.put("fyEnd", Timestamp.valueOf(LocalDate.of(fiscalYear + 1, 4, 1).atStartOfDay()));
		}
		return sql.toString();
	}

	Map<String, Object> newParameters() {
		return new HashMap<>();
	}

}
