package jp.tsunagari.analytics;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagari.analytics.CycleTimeQueries.TrendPeriod;

/** Each report of {@link CycleTimeReports} as a table with Japanese headings, by its name in export URLs. */
class ReportTables {

	static final List<String> NAMES = List.of("processes", "steps", "departments", "trend-month", "trend-fiscal-year",
			"due-adherence", "bottlenecks");

	/** What the dashboard's export links say, by report name. */
	static final Map<String, String> LABELS = labels();

	private final CycleTimeReports reports;

	ReportTables(CycleTimeReports reports) {
		this.reports = reports;
	}

	ReportTable table(String name, HistoryFilter filter) {
		return switch (name) {
			case "processes" -> new ReportTable(name, "手続きごとの所要時間",
					ReportTable.headers(List.of("手続きキー", "手続き", "実行中"), ReportTable.statsHeaders("完了: ")),
					reports.processes(filter)
						.stream()
						.map(p -> ReportTable.row(p.processKey(), p.processName(), p.running(),
								ReportTable.stats(p.duration())))
						.toList());
			case "steps" -> new ReportTable(name, "工程ごとの所要時間・待ち時間・作業時間",
					ReportTable.headers(List.of("手続きキー", "工程ID", "工程", "種類", "実行中"),
							ReportTable.statsHeaders("所要: "), ReportTable.statsHeaders("待ち: "),
							ReportTable.statsHeaders("作業: ")),
					reports.steps(filter)
						.stream()
						.map(s -> ReportTable.row(s.processKey(), s.activityId(), s.activityName(), s.activityType(),
								s.active(), ReportTable.stats(s.duration()), ReportTable.stats(s.waiting()),
								ReportTable.stats(s.working())))
						.toList());
			case "departments" -> new ReportTable(name, "部署ごとのタスク処理時間",
					ReportTable.headers(List.of("グループID", "部署"), ReportTable.statsHeaders("所要: "),
							ReportTable.statsHeaders("待ち: "), ReportTable.statsHeaders("作業: ")),
					reports.departments(filter)
						.stream()
						.map(d -> ReportTable.row(d.groupId(), d.groupName(), ReportTable.stats(d.duration()),
								ReportTable.stats(d.waiting()), ReportTable.stats(d.working())))
						.toList());
			case "trend-month" -> trend(name, "月別の所要時間（完了月）", filter, TrendPeriod.MONTH);
			case "trend-fiscal-year" -> trend(name, "年度別の所要時間（完了年度）", filter, TrendPeriod.FISCAL_YEAR);
			case "due-adherence" -> new ReportTable(name, "期限の遵守",
					ReportTable.headers(List.of("手続きキー", "工程ID", "工程", "期限あり", "期限内", "期限後", "遵守率",
							"未完了で期限超過"), ReportTable.statsHeaders("遅れ: ")),
					reports.dueAdherence(filter, LocalDateTime.now())
						.stream()
						.map(d -> ReportTable.row(d.processKey(), d.activityId(), d.activityName(), d.withDueDate(),
								d.onTime(), d.late(), d.onTimeRate(), d.overdueOpen(), ReportTable.stats(d.lateness())))
						.toList());
			case "bottlenecks" -> new ReportTable(name, "ボトルネック（工程の延べ時間順）",
					List.of("順位", "手続きキー", "工程ID", "工程", "延べ時間", "手続き内の割合", "中央値（時間）", "待ち時間の割合"),
					reports.bottlenecks(filter, AnalyticsRequests.MAX_LIMIT)
						.stream()
						.map(b -> ReportTable.row(b.rank(), b.processKey(), b.activityId(), b.activityName(),
								b.totalHours(), b.shareOfProcess(), b.medianHours(), b.waitingShare()))
						.toList());
			default -> throw new InvalidAnalyticsRequestException(
					"Report " + name + " does not exist; one of " + String.join(", ", NAMES));
		};
	}

	private static Map<String, String> labels() {
		List<String> labels = List.of("手続き", "工程", "部署", "月別", "年度別", "期限の遵守", "ボトルネック");
		Map<String, String> byName = new LinkedHashMap<>();
		for (int i = 0; i < NAMES.size(); i++) {
			byName.put(NAMES.get(i), labels.get(i));
		}
		return byName;
	}

	private ReportTable trend(String name, String title, HistoryFilter filter, TrendPeriod period) {
		return new ReportTable(name, title,
				ReportTable.headers(List.of("手続きキー", "期間", "期間名"), ReportTable.statsHeaders("完了: ")),
				reports.trend(filter, period)
					.stream()
					.map(t -> ReportTable.row(t.processKey(), t.period(), t.periodLabel(),
							ReportTable.stats(t.duration())))
					.toList());
	}

}
