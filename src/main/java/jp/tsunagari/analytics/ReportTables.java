package jp.tsunagari.analytics;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagari.analytics.CycleTimeQueries.TrendPeriod;

/**
 * Each report of {@link CycleTimeReports} as a table with Japanese headings, by its name in export URLs: for people,
 * so each table's durations are in the one unit that fits its data, rounded, the unit in the headings.
 */
class ReportTables {

	static final List<String> NAMES = List.of("processes", "steps", "departments", "trend-month", "trend-fiscal-year",
			"due-adherence", "bottlenecks");

	/** What the dashboard's export links say, by report name. */
	static final Map<String, String> LABELS = labels();

	private final CycleTimeReports reports;

	ReportTables(CycleTimeReports reports) {
		this.reports = reports;
	}

	/** {@code systemSteps}: the steps and bottlenecks include system steps that took no time. */
	ReportTable table(String name, HistoryFilter filter, boolean systemSteps) {
		return switch (name) {
			case "processes" -> processes(name, filter);
			case "steps" -> steps(name, filter, systemSteps);
			case "departments" -> departments(name, filter);
			case "trend-month" -> trend(name, "月別の所要時間（完了月）", filter, TrendPeriod.MONTH);
			case "trend-fiscal-year" -> trend(name, "年度別の所要時間（完了年度）", filter, TrendPeriod.FISCAL_YEAR);
			case "due-adherence" -> dueAdherence(name, filter);
			case "bottlenecks" -> bottlenecks(name, filter, systemSteps);
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

	private ReportTable processes(String name, HistoryFilter filter) {
		List<ProcessCycleTime> processes = reports.processes(filter);
		DurationUnit unit = DurationUnit.fittingMedians(processes.stream().map(ProcessCycleTime::duration));
		return new ReportTable(name, "手続きごとの所要時間",
				ReportTable.headers(List.of("手続きキー", "手続き", "実行中"), ReportTable.statsHeaders("完了: ", unit)),
				processes.stream()
					.map(p -> ReportTable.row(p.processKey(), p.processName(), p.running(),
							ReportTable.stats(p.duration(), unit)))
					.toList());
	}

	private ReportTable steps(String name, HistoryFilter filter, boolean systemSteps) {
		List<StepCycleTime> steps = reports.steps(filter)
			.stream()
			.filter(step -> systemSteps || !step.isNegligibleSystemStep())
			.toList();
		DurationUnit unit = DurationUnit.fittingMedians(steps.stream().map(StepCycleTime::duration));
		return new ReportTable(name, "工程ごとの所要時間・待ち時間・作業時間",
				ReportTable.headers(List.of("手続きキー", "工程ID", "工程", "種類", "実行中"),
						ReportTable.statsHeaders("所要: ", unit), ReportTable.statsHeaders("待ち: ", unit),
						ReportTable.statsHeaders("作業: ", unit)),
				steps.stream()
					.map(s -> ReportTable.row(s.processKey(), s.activityId(), s.activityName(), s.activityType(),
							s.active(), ReportTable.stats(s.duration(), unit), ReportTable.stats(s.waiting(), unit),
							ReportTable.stats(s.working(), unit)))
					.toList());
	}

	private ReportTable departments(String name, HistoryFilter filter) {
		List<DepartmentCycleTime> departments = reports.departments(filter);
		DurationUnit unit = DurationUnit.fittingMedians(departments.stream().map(DepartmentCycleTime::duration));
		return new ReportTable(name, "部署ごとのタスク処理時間",
				ReportTable.headers(List.of("グループID", "部署"), ReportTable.statsHeaders("所要: ", unit),
						ReportTable.statsHeaders("待ち: ", unit), ReportTable.statsHeaders("作業: ", unit)),
				departments.stream()
					.map(d -> ReportTable.row(d.groupId(), d.groupName(), ReportTable.stats(d.duration(), unit),
							ReportTable.stats(d.waiting(), unit), ReportTable.stats(d.working(), unit)))
					.toList());
	}

	private ReportTable trend(String name, String title, HistoryFilter filter, TrendPeriod period) {
		List<TrendPoint> trend = reports.trend(filter, period);
		DurationUnit unit = DurationUnit.fittingMedians(trend.stream().map(TrendPoint::duration));
		return new ReportTable(name, title,
				ReportTable.headers(List.of("手続きキー", "期間", "期間名"), ReportTable.statsHeaders("完了: ", unit)),
				trend.stream()
					.map(t -> ReportTable.row(t.processKey(), t.period(), t.periodLabel(),
							ReportTable.stats(t.duration(), unit)))
					.toList());
	}

	private ReportTable dueAdherence(String name, HistoryFilter filter) {
		List<DueAdherence> adherence = reports.dueAdherence(filter, LocalDateTime.now());
		DurationUnit unit = DurationUnit.fittingMedians(adherence.stream().map(DueAdherence::lateness));
		return new ReportTable(name, "期限の遵守",
				ReportTable.headers(List.of("手続きキー", "工程ID", "工程", "期限あり", "期限内", "期限後", "遵守率（%）",
						"未完了で期限超過"), ReportTable.statsHeaders("遅れ: ", unit)),
				adherence.stream()
					.map(d -> ReportTable.row(d.processKey(), d.activityId(), d.activityName(), d.withDueDate(),
							d.onTime(), d.late(), ReportTable.percent(d.onTimeRate()), d.overdueOpen(),
							ReportTable.stats(d.lateness(), unit)))
					.toList());
	}

	private ReportTable bottlenecks(String name, HistoryFilter filter, boolean systemSteps) {
		List<Bottleneck> ranking = reports.bottlenecks(filter, AnalyticsRequests.MAX_LIMIT, systemSteps);
		DurationUnit unit = DurationUnit.fitting(ranking.stream().map(Bottleneck::medianMillis));
		return new ReportTable(name, "ボトルネック（待つものごとに工程の延べ時間順）",
				List.of("待つもの", "順位", "手続きキー", "工程ID", "工程", "待ちの内容", "完了件数", unit.header("延べ時間"),
						"手続き内の割合（%）", unit.header("中央値"), unit.header("担当決定までの待ち 中央値"),
						unit.header("担当決定後の作業 中央値")),
				ranking.stream()
					.map(b -> ReportTable.row(b.waitingOn().label(), b.rank(), b.processKey(), b.activityId(),
							b.activityName(), b.waitsFor(), b.runs(), unit.value(b.totalMillis()),
							ReportTable.percent(b.shareOfProcess()), unit.value(b.medianMillis()),
							unit.value(b.waitingMedianMillis()), unit.value(b.workingMedianMillis())))
					.toList());
	}

}
