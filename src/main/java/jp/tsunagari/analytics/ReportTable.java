package jp.tsunagari.analytics;

import java.util.ArrayList;
import java.util.List;

/** A report as a titled table of cells (strings and numbers), for CSV and Excel. Hours with their decimals. */
record ReportTable(String name, String title, List<String> headers, List<List<Object>> rows) {

	private static final List<String> STATS = List.of("件数", "平均（時間）", "中央値（時間）", "90パーセンタイル（時間）", "最大（時間）");

	static List<String> statsHeaders(String prefix) {
		return STATS.stream().map(header -> prefix + header).toList();
	}

	static List<Object> stats(DurationStats stats) {
		List<Object> cells = new ArrayList<>();
		cells.add(stats.count());
		cells.add(stats.meanHours());
		cells.add(stats.medianHours());
		cells.add(stats.p90Hours());
		cells.add(stats.maxHours());
		return cells;
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
