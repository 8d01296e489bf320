package jp.tsunagari.caseconference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import jp.tsunagari.referral.MeetingCalendar;

/**
 * When the case meeting sits. The seeds give "monthly" for Zama's 支援調整会議 (001 notes PC-13) and nothing for
 * Sendai or Tottori: the default "second Thursday, 14:00" is an interpretation.
 */
@ConfigurationProperties("tsunagari.caseconference")
record CaseConferenceProperties(List<LocalDate> meetingDates, @DefaultValue("14:00") LocalTime meetingTime,
		@DefaultValue("2") int meetingWeekOfMonth, @DefaultValue("THURSDAY") DayOfWeek meetingDayOfWeek,
		@DefaultValue("Asia/Tokyo") ZoneId zone) {

	MeetingCalendar calendar() {
		return new MeetingCalendar(meetingDates, meetingTime, meetingWeekOfMonth, meetingDayOfWeek);
	}

}
