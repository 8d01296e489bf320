package jp.tsunagari.analytics;

/**
 * The process instances of one process finished in one period: a month ({@code 202604}) or a fiscal year
 * ({@code 2026} = 令和8年度, April 2026 to March 2027).
 */
public record TrendPoint(String processKey, int period, String periodLabel, DurationStats duration) {
}
