package jp.tsunagari.analytics;

/**
 * A step ranked by the share of its process's step time it takes (all finished runs together), with the share of
 * its own time spent waiting to be claimed.
 */
public record Bottleneck(int rank, String processKey, String activityId, String activityName, double totalHours,
		double shareOfProcess, Double medianHours, Double waitingShare) {
}
