package jp.tsunagari.analytics;

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

	/** A system step whose runs took about no time (half of them under a minute), hidden unless asked for. */
	boolean isNegligibleSystemStep() {
		return !isContainer() && waitingOn() == WaitingOn.SYSTEM
				&& (duration.medianMillis() == null || duration.medianMillis() < NEGLIGIBLE_MILLIS);
	}

}
