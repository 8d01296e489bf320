package jp.tsunagari.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Ranks steps by the time all their finished runs took together: where the organisation's time goes. People's time
 * (user tasks), the calendar's (timers, deadlines, outside parties) and the system's are ranked apart, as only the
 * first can be shortened by working differently. Steps that took no time are left out, system steps unless asked for
 * (a boundary timer's history is the instant it fires: the wait is its task's). The share of the process compares a
 * step with the other steps of its process (containers such as sub-processes left out, their time is their steps'
 * time). Works on the per-step aggregates, a few rows per process.
 */
final class Bottlenecks {

	private Bottlenecks() {
	}

	/** Up to {@code limit} steps of each kind, people's first, then the calendar's, then the system's. */
	static List<Bottleneck> rank(List<StepCycleTime> steps, int limit, boolean negligibleSystemSteps) {
		List<StepCycleTime> counted = steps.stream()
			.filter(step -> !step.isContainer() && step.duration().count() > 0)
			.toList();
		Map<String, Double> processTotals = counted.stream()
			.collect(Collectors.groupingBy(StepCycleTime::processKey,
					Collectors.summingDouble(StepCycleTime::totalMillis)));
		List<Bottleneck> ranking = new ArrayList<>();
		for (WaitingOn kind : WaitingOn.values()) {
			List<StepCycleTime> ordered = counted.stream()
				.filter(step -> step.waitingOn() == kind && shown(step, negligibleSystemSteps))
				.sorted(Comparator.comparingDouble(StepCycleTime::totalMillis).reversed())
				.limit(limit)
				.toList();
			for (int i = 0; i < ordered.size(); i++) {
				StepCycleTime step = ordered.get(i);
				double processTotal = processTotals.get(step.processKey());
				ranking.add(new Bottleneck(i + 1, kind, step.processKey(), step.activityId(),
						step.activityName(), step.activityType(), step.duration().count(), step.totalMillis(),
						processTotal == 0 ? 0 : step.totalMillis() / processTotal, step.duration().medianMillis(),
						step.waiting().medianMillis(), step.working().medianMillis()));
			}
		}
		return ranking;
	}

	/** A step that took no time is no bottleneck, unless it is a system step and those are asked for. */
	private static boolean shown(StepCycleTime step, boolean negligibleSystemSteps) {
		return step.isNegligibleSystemStep() ? negligibleSystemSteps : step.totalMillis() > 0;
	}

}
