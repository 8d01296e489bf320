package jp.tsunagari.analytics;

/**
 * One step (BPMN activity) of a process: its duration, and for user tasks the waiting time (created → first claimed)
 * and the working time (first claimed → completed). {@code totalMillis} is the time all finished runs of the step
 * took together, which the bottleneck ranking compares.
 */
public record StepCycleTime(String processKey, String activityId, String activityName, String activityType,
		long active, double totalMillis, DurationStats duration, DurationStats waiting, DurationStats working) {

	/** Sub-processes and call activities contain other steps: their time is not counted twice in rankings. */
	boolean isContainer() {
		return "subProcess".equals(activityType) || "callActivity".equals(activityType);
	}

}
