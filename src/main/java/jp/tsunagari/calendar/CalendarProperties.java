package jp.tsunagari.calendar;

import java.time.MonthDay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * {@code tsunagari.calendar.*}: the holiday file and the year-end closure (年末年始, {@code 12-29} to {@code 01-03},
 * month-day, both included).
 */
@ConfigurationProperties("tsunagari.calendar")
record CalendarProperties(@DefaultValue("classpath:calendar/holidays.csv") Resource holidaysFile,
		@DefaultValue("12-29") String closureFrom, @DefaultValue("01-03") String closureTo) {

	MonthDay closureStart() {
		return MonthDay.parse("--" + closureFrom);
	}

	MonthDay closureEnd() {
		return MonthDay.parse("--" + closureTo);
	}

}
