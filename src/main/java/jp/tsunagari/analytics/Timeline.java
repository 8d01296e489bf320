package jp.tsunagari.analytics;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A Gantt-like drawing of one instance: each step a bar on the time axis from the instance's start to its end (or
 * now), split into waiting (until claimed) and working. Positions are percentages of the axis.
 */
public record Timeline(TimelineHeader header, String processName, LocalDateTime axisEnd, List<Bar> bars) {

	public record Bar(TimelineStep step, Duration waiting, Duration working, double waitingLeft, double waitingWidth,
			double workingLeft, double workingWidth) {
	}

	static Timeline of(TimelineHeader header, String processName, List<TimelineStep> steps, LocalDateTime now) {
		LocalDateTime axisEnd = header.ended() == null ? now : header.ended();
		double span = Math.max(1, Duration.between(header.started(), axisEnd).toMillis());
		List<Bar> bars = steps.stream().map(step -> {
			Duration waiting = step.waiting(axisEnd);
			Duration working = step.working(axisEnd);
			double left = percent(Duration.between(header.started(), step.started()), span);
			double waitingWidth = percent(waiting, span);
			return new Bar(step, waiting, working, left, waitingWidth, left + waitingWidth, percent(working, span));
		}).toList();
		return new Timeline(header, processName, axisEnd, bars);
	}

	private static double percent(Duration duration, double span) {
		return Math.max(0, Math.min(100, duration.toMillis() * 100d / span));
	}

}
