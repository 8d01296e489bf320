package jp.tsunagari.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Ranks steps by the time all their finished runs took together: where the organisation's time goes. The share of
 * the process compares a step with the other steps of its process (containers such as sub-processes left out, their
 * time is their steps' time). Works on the per-step aggregates, a few rows per process.
 */
final class Bottlenecks {

	private Bottlenecks() {
	}

	static List<Bottleneck> rank(List<StepCycleTime> steps, int limit) {
		List<StepCycleTime> counted = steps.stream()
			.filter(step -> !step.isContainer() && step.totalMillis() > 0)
			.toList();
		Map<String, Double> processTotals = counted.stream()
			.collect(Collectors.groupingBy(StepCycleTime::processKey,
					Collectors.summingDouble(StepCycleTime::totalMillis)));
		List<StepCycleTime> ordered = new ArrayList<>(counted);
		ordered.sort(Comparator.comparingDouble(StepCycleTime::totalMillis).reversed());
		List<Bottleneck> ranking = new ArrayList<>();
		for (StepCycleTime step : ordered.subList(0, Math.min(limit, ordered.size()))) {
			ranking.add(new Bottleneck(ranking.size() + 1, step.processKey(), step.activityId(), step.activityName(),
					step.totalMillis() / 3_600_000d, step.totalMillis() / processTotals.get(step.processKey()),
					step.duration().medianHours(), waitingShare(step)));
		}
		return ranking;
	}

	/** Waiting time of the claimed runs over their whole time; null for steps nobody claims. */
	private static Double waitingShare(StepCycleTime step) {
		DurationStats waiting = step.waiting();
		if (waiting.count() == 0 || waiting.meanMillis() == null) {
			return null;
		}
		return Math.min(1d, waiting.meanMillis() * waiting.count() / step.totalMillis());
	}

}
