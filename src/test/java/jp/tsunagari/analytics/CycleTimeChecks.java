package jp.tsunagari.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

import jp.tsunagari.analytics.CycleTimeQueries.TrendPeriod;

/** Every report of {@link CycleTimeReports} against {@link IndependentFigures} over the same synthetic history. */
final class CycleTimeChecks {

	private final CycleTimeReports reports;

	private final IndependentFigures figures;

	private final HistoryService history;

	CycleTimeChecks(CycleTimeReports reports, HistoryService history) {
		this.reports = reports;
		this.figures = new IndependentFigures(history);
		this.history = history;
	}

	static void assertStats(DurationStats actual, List<Long> expected) {
		assertThat(actual.count()).isEqualTo(expected.size());
		if (expected.isEmpty()) {
			return;
		}
		assertThat(actual.meanMillis()).isCloseTo(IndependentFigures.mean(expected), within(1d));
		assertThat(actual.medianMillis()).isCloseTo(IndependentFigures.percentile(expected, 0.5), within(1d));
		assertThat(actual.p90Millis()).isCloseTo(IndependentFigures.percentile(expected, 0.9), within(1d));
		assertThat(actual.maxMillis()).isCloseTo(expected.stream().mapToLong(Long::longValue).max().getAsLong(),
				within(1d));
	}

	void processes() {
		Map<String, List<Long>> expected = figures.processDurations();
		List<ProcessCycleTime> actual = reports.processes(HistoryFilter.ALL);
		assertThat(actual).extracting(ProcessCycleTime::processKey).containsExactlyElementsOf(expected.keySet());
		actual.forEach(process -> assertStats(process.duration(), expected.get(process.processKey())));
		// ordered by key: fixture-notice, fixture-request
		assertThat(actual).extracting(ProcessCycleTime::processName).containsExactly("テスト通知", "テスト申請");
		assertThat(actual.stream().mapToLong(ProcessCycleTime::running).sum())
			.isEqualTo(history.createHistoricProcessInstanceQuery().unfinished().count());
	}

	void steps() {
		Map<String, List<Long>> durations = figures.stepDurations();
		Map<String, List<Long>> waiting = figures.waiting();
		Map<String, List<Long>> working = figures.working();
		List<StepCycleTime> actual = reports.steps(HistoryFilter.ALL);
		assertThat(actual).extracting(step -> step.processKey() + "/" + step.activityId())
			.containsExactlyInAnyOrderElementsOf(durations.keySet());
		for (StepCycleTime step : actual) {
			String key = step.processKey() + "/" + step.activityId();
			assertStats(step.duration(), durations.get(key));
			assertStats(step.waiting(), waiting.getOrDefault(key, List.of()));
			assertStats(step.working(), working.getOrDefault(key, List.of()));
		}
		assertThat(waiting.get("fixture-request/Task_Approve")).as("the fixture has claimed tasks").hasSizeGreaterThan(30);
	}

	void departments() {
		Map<String, List<Long>> expected = figures.departmentDurations();
		List<DepartmentCycleTime> actual = reports.departments(HistoryFilter.ALL);
		assertThat(actual).extracting(DepartmentCycleTime::groupId).containsExactly("alpha", "beta");
		actual.forEach(department -> assertStats(department.duration(), expected.get(department.groupId())));
	}

	void trendByMonthAndFiscalYear() {
		checkTrend(TrendPeriod.MONTH, end -> end.getYear() * 100 + end.getMonthValue());
		checkTrend(TrendPeriod.FISCAL_YEAR, end -> end.getMonthValue() >= 4 ? end.getYear() : end.getYear() - 1);
	}

	private void checkTrend(TrendPeriod period, Function<LocalDateTime, Integer> periodOf) {
		Map<String, List<Long>> expected = new TreeMap<>();
		for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().finished().list()) {
			LocalDateTime end = LocalDateTime.ofInstant(instance.getEndTime().toInstant(), ZoneId.systemDefault());
			expected.computeIfAbsent(instance.getProcessDefinitionKey() + "/" + periodOf.apply(end),
					k -> new ArrayList<>()).add(instance.getDurationInMillis());
		}
		List<TrendPoint> actual = reports.trend(HistoryFilter.ALL, period);
		assertThat(actual).extracting(point -> point.processKey() + "/" + point.period())
			.containsExactlyInAnyOrderElementsOf(expected.keySet());
		actual.forEach(point -> assertStats(point.duration(), expected.get(point.processKey() + "/" + point.period())));
	}

	void dueAdherence(LocalDateTime now) {
		Map<String, List<HistoricTaskInstance>> expected = figures.tasksWithDueDate()
			.stream()
			.collect(Collectors.groupingBy(t -> t.getProcessDefinitionKey() + "/" + t.getTaskDefinitionKey()));
		List<DueAdherence> actual = reports.dueAdherence(HistoryFilter.ALL, now);
		assertThat(actual).extracting(due -> due.processKey() + "/" + due.activityId())
			.containsExactlyInAnyOrderElementsOf(expected.keySet());
		java.util.Date nowDate = java.util.Date.from(now.atZone(ZoneId.systemDefault()).toInstant());
		for (DueAdherence due : actual) {
			List<HistoricTaskInstance> tasks = expected.get(due.processKey() + "/" + due.activityId());
			List<Long> lateness = tasks.stream()
				.filter(t -> t.getEndTime() != null && t.getEndTime().after(t.getDueDate()))
				.map(t -> t.getEndTime().getTime() - t.getDueDate().getTime())
				.toList();
			assertThat(due.withDueDate()).isEqualTo(tasks.size());
			assertThat(due.late()).isEqualTo(lateness.size()).isPositive();
			assertThat(due.onTime()).isEqualTo(tasks.stream().filter(t -> t.getEndTime() != null).count() - lateness.size());
			assertThat(due.overdueOpen())
				.isEqualTo(tasks.stream().filter(t -> t.getEndTime() == null && t.getDueDate().before(nowDate)).count());
			assertStats(due.lateness(), lateness);
		}
	}

	/**
	 * People's steps (the fixture's user tasks) and the calendar's (its timer) ranked apart by their total time; the
	 * external task, which took time, as the system's; start and end events, which took none, only when asked for.
	 */
	void bottlenecks() {
		Map<String, Long> totals = new TreeMap<>();
		figures.stepDurations().forEach((key, values) -> totals.put(key, values.stream().mapToLong(Long::longValue).sum()));
		Map<String, String> types = figures.activityTypes();
		List<Bottleneck> actual = reports.bottlenecks(HistoryFilter.ALL, 10, false);
		for (WaitingOn kind : WaitingOn.values()) {
			List<String> expectedOrder = totals.entrySet()
				.stream()
				.filter(entry -> entry.getValue() > 0 && kindOf(types.get(entry.getKey())) == kind)
				.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
				.map(Map.Entry::getKey)
				.toList();
			assertThat(actual).filteredOn(b -> b.waitingOn() == kind)
				.extracting(b -> b.processKey() + "/" + b.activityId())
				.as("%s", kind)
				.containsExactlyElementsOf(expectedOrder);
		}
		assertThat(actual).extracting(b -> b.waitingOn() + " " + b.activityId())
			.contains("PEOPLE Task_Approve", "CALENDAR Event_Cooling", "SYSTEM Task_Check");
		Bottleneck first = actual.get(0);
		assertThat(first.rank()).isEqualTo(1);
		long processTotal = totals.entrySet()
			.stream()
			.filter(entry -> entry.getKey().startsWith(first.processKey() + "/"))
			.mapToLong(Map.Entry::getValue)
			.sum();
		String firstKey = first.processKey() + "/" + first.activityId();
		assertThat(first.shareOfProcess()).isCloseTo((double) totals.get(firstKey) / processTotal, within(1e-9));
		assertThat(first.medianMillis())
			.isCloseTo(IndependentFigures.percentile(figures.stepDurations().get(firstKey), 0.5), within(1d));
		assertThat(first.waitingMedianMillis())
			.isCloseTo(IndependentFigures.percentile(figures.waiting().get(firstKey), 0.5), within(1d));
		assertThat(first.workingMedianMillis())
			.isCloseTo(IndependentFigures.percentile(figures.working().get(firstKey), 0.5), within(1d));
		Bottleneck cooling = actual.stream().filter(b -> b.waitingOn() == WaitingOn.CALENDAR).findFirst().orElseThrow();
		assertThat(cooling.medianMillis()).as("the fixture's PT48H timer").isEqualTo(48 * 3_600_000d);
		assertThat(cooling.waitingMedianMillis()).isNull();

		assertThat(actual).extracting(Bottleneck::activityType).doesNotContain("startEvent", "noneEndEvent");
		assertThat(reports.bottlenecks(HistoryFilter.ALL, 10, true)).filteredOn(b -> b.waitingOn() == WaitingOn.SYSTEM)
			.extracting(Bottleneck::activityId)
			.as("asked for: the events that took no time too")
			.contains("Task_Check", "StartEvent_Requested", "EndEvent_Approved", "StartEvent_Noticed");
	}

	/**
	 * The tables of the exports, for people: each in the unit its data needs (the fixture's processes take days, its
	 * steps hours), every duration and share rounded to one decimal, every count whole.
	 */
	void reportTables() {
		ReportTables tables = new ReportTables(reports);
		for (String name : ReportTables.NAMES) {
			for (List<Object> row : tables.table(name, HistoryFilter.ALL, false).rows()) {
				assertThat(row).filteredOn(cell -> cell instanceof Number)
					.as("%s: whole counts and one decimal", name)
					.allSatisfy(cell -> assertThat(cell instanceof Long || cell instanceof Integer
							|| cell instanceof BigDecimal decimal && decimal.scale() == 1).isTrue());
			}
		}
		ReportTable processes = tables.table("processes", HistoryFilter.ALL, false);
		assertThat(processes.headers()).contains("完了: 件数", "完了: 中央値（日）");
		List<Long> requests = figures.processDurations().get("fixture-request");
		assertThat(processes.rows()).filteredOn(row -> row.get(0).equals("fixture-request"))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.get(3)).isEqualTo((long) requests.size());
				assertThat(row.get(5)).isEqualTo(BigDecimal.valueOf(IndependentFigures.percentile(requests, 0.5) / 86_400_000d)
					.setScale(1, RoundingMode.HALF_UP));
			});
		ReportTable steps = tables.table("steps", HistoryFilter.ALL, false);
		assertThat(steps.headers()).contains("所要: 中央値（時間）", "待ち: 中央値（時間）", "作業: 中央値（時間）");
		assertThat(tables.table("bottlenecks", HistoryFilter.ALL, false).headers()).contains("待つもの",
				"延べ時間（時間）", "手続き内の割合（%）");
	}

	/** The kinds of waiting, from BPMN's element types as the fixture uses them (independent of WaitingOn.of). */
	private static WaitingOn kindOf(String activityType) {
		return switch (activityType) {
			case "userTask" -> WaitingOn.PEOPLE;
			case "intermediateTimer" -> WaitingOn.CALENDAR;
			default -> WaitingOn.SYSTEM;
		};
	}

}
