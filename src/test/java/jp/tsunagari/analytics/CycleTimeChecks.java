package jp.tsunagari.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

	void bottlenecks() {
		Map<String, Long> totals = new TreeMap<>();
		figures.stepDurations().forEach((key, values) -> totals.put(key, values.stream().mapToLong(Long::longValue).sum()));
		List<String> expectedOrder = totals.entrySet()
			.stream()
			.filter(entry -> entry.getValue() > 0)
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
			.map(Map.Entry::getKey)
			.limit(3)
			.toList();
		List<Bottleneck> actual = reports.bottlenecks(HistoryFilter.ALL, 3);
		assertThat(actual).extracting(b -> b.processKey() + "/" + b.activityId()).containsExactlyElementsOf(expectedOrder);
		Bottleneck first = actual.get(0);
		long processTotal = totals.entrySet()
			.stream()
			.filter(entry -> entry.getKey().startsWith(first.processKey() + "/"))
			.mapToLong(Map.Entry::getValue)
			.sum();
		assertThat(first.shareOfProcess()).isCloseTo((double) totals.get(expectedOrder.get(0)) / processTotal,
				within(1e-9));
		assertThat(first.rank()).isEqualTo(1);
	}

}
