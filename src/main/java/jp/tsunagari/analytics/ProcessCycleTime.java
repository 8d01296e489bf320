package jp.tsunagari.analytics;

/** One process: how many instances are running and how long the finished ones took from start to end. */
public record ProcessCycleTime(String processKey, String processName, long running, DurationStats duration) {
}
