package jp.tsunagari.analytics;

import java.util.Locale;

import jp.tsunagari.analytics.CycleTimeQueries.TrendPeriod;

/** Checks the parameters the API, the dashboard and the exports share. */
final class AnalyticsRequests {

	static final int FIRST_FISCAL_YEAR = 1989;

	static final int LAST_FISCAL_YEAR = 2100;

	static final int MAX_LIMIT = 100;

	private AnalyticsRequests() {
	}

	static HistoryFilter filter(String process, Integer fiscalYear) {
		if (process != null && !process.isBlank() && !process.matches("[A-Za-z0-9_.-]{1,255}")) {
			throw new InvalidAnalyticsRequestException("Parameter process is not a process key: " + process);
		}
		if (fiscalYear != null && (fiscalYear < FIRST_FISCAL_YEAR || fiscalYear > LAST_FISCAL_YEAR)) {
			throw new InvalidAnalyticsRequestException("Parameter fiscalYear must be between " + FIRST_FISCAL_YEAR
					+ " and " + LAST_FISCAL_YEAR + ": " + fiscalYear);
		}
		return new HistoryFilter(process == null || process.isBlank() ? null : process, fiscalYear);
	}

	static TrendPeriod period(String period) {
		return switch (period.toLowerCase(Locale.ROOT)) {
			case "month" -> TrendPeriod.MONTH;
			case "fiscal-year" -> TrendPeriod.FISCAL_YEAR;
			default -> throw new InvalidAnalyticsRequestException(
					"Parameter period must be month or fiscal-year: " + period);
		};
	}

	static int limit(int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidAnalyticsRequestException(
					"Parameter limit must be between 1 and " + MAX_LIMIT + ": " + limit);
		}
		return limit;
	}

}
