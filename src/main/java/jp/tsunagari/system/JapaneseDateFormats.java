package jp.tsunagari.system;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Dates as Japanese offices write them, in two kinds only, for every page, letter and mail of ours (templates call
 * it as {@code @jpDates}): what citizens read (letters, mails, public pages) in 和暦, 令和8年12月3日 (the first year of
 * an era is 元年); staff tables and timestamps as 2026/12/03 and 2026/12/03 10:00. Never ISO forms such as
 * 2026-12-03T10:00. Accepts {@link LocalDate} and {@link LocalDateTime}; nothing is shown as a dash.
 */
@Component("jpDates")
public class JapaneseDateFormats {

	private static final String NONE = "—";

	private static final DateTimeFormatter ERA = DateTimeFormatter.ofPattern("GGGG", Locale.JAPAN)
		.withChronology(JapaneseChronology.INSTANCE);

	private static final DateTimeFormatter SLASH = DateTimeFormatter.ofPattern("uuuu/MM/dd");

	private static final DateTimeFormatter SLASH_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");

	/** 令和8年12月3日 (letters, mails, public pages). */
	public String wareki(TemporalAccessor date) {
		if (date == null) {
			return NONE;
		}
		JapaneseDate japanese = JapaneseDate.from(LocalDate.from(date));
		int yearOfEra = japanese.get(ChronoField.YEAR_OF_ERA);
		return ERA.format(japanese) + (yearOfEra == 1 ? "元" : String.valueOf(yearOfEra)) + "年"
				+ japanese.get(ChronoField.MONTH_OF_YEAR) + "月"
				+ japanese.get(ChronoField.DAY_OF_MONTH) + "日";
	}

	/** 令和8年12月3日 23時59分 (a deadline with its hour, for citizens). */
	public String warekiWithTime(LocalDateTime time) {
		return time == null ? NONE : wareki(time) + " %d時%02d分".formatted(time.getHour(), time.getMinute());
	}

	/** 2026/12/03 (staff tables). */
	public String slash(TemporalAccessor date) {
		return date == null ? NONE : SLASH.format(LocalDate.from(date));
	}

	/** 2026/12/03 10:00 (staff tables and timelines). */
	public String slashWithTime(LocalDateTime time) {
		return time == null ? NONE : SLASH_TIME.format(time);
	}

}
