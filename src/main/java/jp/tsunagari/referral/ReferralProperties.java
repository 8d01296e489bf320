package jp.tsunagari.referral;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Nabari referral. The seeds give none of these (only "monthly" for the meeting, 004:L2463):
 * every default is an interpretation for the city to set.
 *
 * @param meetingDates dates of the エリアディレクター会議; after the last one, the rule below applies
 * @param meetingTime the hour the meeting starts
 * @param meetingWeekOfMonth with meetingDayOfWeek, the rule "second Tuesday of each month"
 * @param meetingDayOfWeek see meetingWeekOfMonth
 * @param intakePeriod time the まちの保健室 has for intake and assessment: the intake task is due that long after it
 *        was created (at the report and at each reassessment)
 * @param followUpInterval ISO 8601 duration between follow-ups
 * @param zone the city's time zone, in which meeting dates and times are read
 */
@ConfigurationProperties("tsunagari.referral")
record ReferralProperties(List<LocalDate> meetingDates, @DefaultValue("14:00") LocalTime meetingTime,
		@DefaultValue("2") int meetingWeekOfMonth, @DefaultValue("TUESDAY") DayOfWeek meetingDayOfWeek,
		@DefaultValue("P7D") Period intakePeriod, @DefaultValue("P30D") String followUpInterval,
		@DefaultValue("Asia/Tokyo") ZoneId zone) {

	MeetingCalendar calendar() {
		return new MeetingCalendar(meetingDates, meetingTime, meetingWeekOfMonth, meetingDayOfWeek);
	}

}
