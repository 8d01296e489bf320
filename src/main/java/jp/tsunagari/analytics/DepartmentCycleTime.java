package jp.tsunagari.analytics;

/**
 * The user tasks offered to one department (candidate group): their duration, waiting time and working time. A task
 * offered to two departments counts for both.
 */
public record DepartmentCycleTime(String groupId, String groupName, DurationStats duration, DurationStats waiting,
		DurationStats working) {
}
