package jp.tsunagari.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as a titled table of cells, for CSV and Excel: counts as whole numbers ({@link Long}), durations and
 * percentages rounded to one decimal ({@link BigDecimal}), the unit in the column heading.
 */
record ReportTable(String name, String title, List<String> headers, List<List<Object>> rows) {

	private static final List<String> STATS = List.of("平均", "中央値", "90パーセンタイル", "最大");

	static List<String> statsHeaders(String prefix, DurationUnit unit) {
		List<String> headers = new ArrayList<>();
		headers.add(prefix + "件数");
		STATS.forEach(header -> headers.add(prefix + unit.header(header)));
		return headers;
	}

	static List<Object> stats(DurationStats stats, DurationUnit unit) {
		List<Object> cells = new ArrayList<>();
		cells.add(stats.count());
		cells.add(unit.value(stats.meanMillis()));
		cells.add(unit.value(stats.medianMillis()));
		cells.add(unit.value(stats.p90Millis()));
		cells.add(unit.value(stats.maxMillis()));
		return cells;
	}

	/** A share (0.857) as a percentage rounded to one decimal (85.7); null for none. */
	static BigDecimal percent(Double share) {
		return share == null ? null : BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
	}

	@SafeVarargs
	static List<String> headers(List<String>... parts) {
		List<String> headers = new ArrayList<>();
		for (List<String> part : parts) {
			headers.addAll(part);
		}
		return headers;
	}

	static List<Object> row(Object... cells) {
		List<Object> row = new ArrayList<>();
		for (Object cell : cells) {
			if (cell instanceof List<?> list) {
				row.addAll(list);
			}
			else {
				row.add(cell);
			}
		}
		return row;
	}

}
