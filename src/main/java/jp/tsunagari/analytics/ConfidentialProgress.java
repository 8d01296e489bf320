package jp.tsunagari.analytics;

/**
 * Running instances of a confidential process (referral cases) at one step, as counts only: no business key,
 * assignee or link to an instance.
 */
public record ConfidentialProgress(String processName, String step, long instances, long overdueTasks) {
}
