package jp.tsunagari.analytics;

import java.util.Locale;

import org.camunda.bpm.engine.ActivityTypes;

/**
 * One step (BPMN activity) of a process: its duration, and for user tasks the waiting time (created → first claimed)
 * and the working time (first claimed → completed). {@code totalMillis} is the time all finished runs of the step
 * took together, which the bottleneck ranking compares.
 */
public record StepCycleTime(String processKey, String activityId, String activityName, String activityType,
		long active, double totalMillis, DurationStats duration, DurationStats waiting, DurationStats working) {

	/** Under a minute a run, a system step takes no time worth reading (a gateway, a quick service task). */
	static final double NEGLIGIBLE_MILLIS = 60_000;

	/**
	 * Sub-processes, call activities and multi-instance bodies contain other steps: their time is not counted twice
	 * in rankings.
	 */
	boolean isContainer() {
		return ActivityTypes.SUB_PROCESS.equals(activityType) || ActivityTypes.CALL_ACTIVITY.equals(activityType)
				|| ActivityTypes.MULTI_INSTANCE_BODY.equals(activityType);
	}

	WaitingOn waitingOn() {
		return WaitingOn.of(activityType);
	}

	/**
	 * A system step that took no time worth reading, hidden unless asked for: a gateway or an event (what history
	 * records for them, such as a join waiting for the other branch, is other steps' time), or an automatic task half
	 * of whose runs took under a minute.
	 */
	boolean isNegligibleSystemStep() {
		if (isContainer() || waitingOn() != WaitingOn.SYSTEM) {
			return false;
		}
		boolean task = activityType != null && activityType.toLowerCase(Locale.ROOT).endsWith("task");
		return !task || duration.medianMillis() == null || duration.medianMillis() < NEGLIGIBLE_MILLIS;
	}

}
