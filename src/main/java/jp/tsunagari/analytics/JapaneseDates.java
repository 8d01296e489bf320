package jp.tsunagari.analytics;

import java.time.Duration;

/**
 * Durations as staff read them: 3日4時間. Used from the templates as
 * {@code ${dates.duration(...)}}; dates themselves are {@code @jpDates} ({@code system.JapaneseDateFormats}).
 */
public final class JapaneseDates {

	public String duration(Duration duration) {
		if (duration == null) {
			return "—";
		}
		long days = duration.toDays();
		long hours = duration.toHoursPart();
		if (days > 0) {
			return days + "日" + (hours > 0 ? hours + "時間" : "");
		}
		return hours > 0 ? hours + "時間" + duration.toMinutesPart() + "分" : duration.toMinutesPart() + "分";
	}

}
