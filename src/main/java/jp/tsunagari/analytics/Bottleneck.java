package jp.tsunagari.analytics;

/**
 * A step ranked among the steps waiting on the same thing ({@link WaitingOn}: people, the calendar, the system) by
 * the time all its finished runs took together, with its share of its process's step time. For user tasks, the
 * median waiting (created → claimed) and working (claimed → done) time of a run. Durations in milliseconds.
 */
public record Bottleneck(int rank, WaitingOn waitingOn, String processKey, String activityId, String activityName,
		String activityType, long runs, double totalMillis, double shareOfProcess, Double medianMillis,
		Double waitingMedianMillis, Double workingMedianMillis) {

	/** What a calendar step waits for (タイマー, 外部からの連絡…), empty for other steps. */
	public String waitsFor() {
		return WaitingOn.waitsFor(activityType);
	}

}
