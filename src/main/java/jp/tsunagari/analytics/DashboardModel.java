package jp.tsunagari.analytics;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.ui.Model;

import jp.tsunagari.analytics.CycleTimeQueries.TrendPeriod;

/**
 * What the dashboard shows: the reports, and for each table and chart the one unit that fits its data (the same
 * choice as the export of the same report), so weeks read as days and short steps as hours or minutes.
 */
final class DashboardModel {

	static final int BOTTLENECKS = 10;

	private DashboardModel() {
	}

	static void addTo(Model model, CycleTimeReports reports, HistoryFilter filter, boolean systemSteps) {
		List<ProcessCycleTime> processes = reports.processes(filter);
		List<StepCycleTime> steps = reports.steps(filter)
			.stream()
			.filter(step -> systemSteps || !step.isNegligibleSystemStep())
			.toList();
		List<DepartmentCycleTime> departments = reports.departments(filter);
		List<TrendPoint> trend = reports.trend(filter, TrendPeriod.MONTH);
		List<TrendPoint> fiscalYears = reports.trend(filter, TrendPeriod.FISCAL_YEAR);
		List<DueAdherence> dueAdherence = reports.dueAdherence(filter, LocalDateTime.now());
		List<Bottleneck> bottlenecks = reports.bottlenecks(filter, BOTTLENECKS, systemSteps);
		Map<String, DurationUnit> units = new LinkedHashMap<>();
		units.put("processes", DurationUnit.fittingMedians(processes.stream().map(ProcessCycleTime::duration)));
		units.put("steps", DurationUnit.fittingMedians(steps.stream().map(StepCycleTime::duration)));
		units.put("departments", DurationUnit.fittingMedians(departments.stream().map(DepartmentCycleTime::duration)));
		units.put("fiscalYears", DurationUnit.fittingMedians(fiscalYears.stream().map(TrendPoint::duration)));
		units.put("dueAdherence", DurationUnit.fittingMedians(dueAdherence.stream().map(DueAdherence::lateness)));
		for (WaitingOn kind : WaitingOn.values()) {
			units.put(kind.name(), DurationUnit.fitting(of(bottlenecks, kind).map(Bottleneck::medianMillis)));
		}
		// the charts plot means of waiting and working (steps), medians of months and of departments' times
		units.put("stepsChart", DurationUnit.fitting(steps.stream()
			.flatMap(s -> Stream.of(s.waiting().meanMillis(), s.working().meanMillis(), s.duration().meanMillis()))));
		units.put("trendChart", DurationUnit.fittingMedians(trend.stream().map(TrendPoint::duration)));
		units.put("departmentsChart", DurationUnit.fitting(departments.stream()
			.flatMap(d -> Stream.of(d.waiting().medianMillis(), d.working().medianMillis()))));
		model.addAttribute("processReports", processes);
		model.addAttribute("steps", steps);
		model.addAttribute("departmentReports", departments);
		model.addAttribute("trend", trend);
		model.addAttribute("fiscalYearTrend", fiscalYears);
		model.addAttribute("dueAdherence", dueAdherence);
		// by the kind's name: a template's map[key] reads a bare key as text
		Map<String, List<Bottleneck>> byKind = new LinkedHashMap<>();
		for (WaitingOn kind : WaitingOn.values()) {
			byKind.put(kind.name(), of(bottlenecks, kind).toList());
		}
		model.addAttribute("bottlenecks", byKind);
		model.addAttribute("units", units);
		model.addAttribute("systemSteps", systemSteps);
	}

	private static Stream<Bottleneck> of(List<Bottleneck> bottlenecks, WaitingOn kind) {
		return bottlenecks.stream().filter(b -> b.waitingOn() == kind);
	}

}
