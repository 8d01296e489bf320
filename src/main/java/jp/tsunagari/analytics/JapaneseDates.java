package jp.tsunagari.analytics;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and durations as staff read them: 令和8年11月23日 (the first year of an era is 元年), 3日4時間.
 * Used from the templates as {@code ${dates.date(...)}}.
 */
public final class JapaneseDates {

	private static final DateTimeFormatter ERA_YEAR = DateTimeFormatter.ofPattern("GGGG y", Locale.JAPAN)
		.withChronology(JapaneseChronology.INSTANCE);

	public String date(LocalDateTime time) {
		if (time == null) {
			return "—";
		}
		JapaneseDate date = JapaneseDate.from(time.toLocalDate());
		String[] eraAndYear = ERA_YEAR.format(date).split(" ");
		String year = "1".equals(eraAndYear[1]) ? "元" : eraAndYear[1];
		return eraAndYear[0] + year + "年" + time.getMonthValue() + "月" + time.getDayOfMonth() + "日";
	}

	public String dateTime(LocalDateTime time) {
		return time == null ? "—" : date(time) + " %d:%02d".formatted(time.getHour(), time.getMinute());
	}

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

	/** Hours as figures in tables: 1 decimal, a dash for none. */
	public String hours(Double hours) {
		return hours == null ? "—" : "%.1f".formatted(hours);
	}

}
