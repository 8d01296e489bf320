package jp.tsunagari.referral;

/**
 * One row per meeting started (table TSG_MEETING), kept after the meeting ends. A key already there is a meeting
 * that was started: if its instance no longer runs (held early, or cancelled), a case goes to the next meeting
 * instead. Two cases that both find no meeting for a date and start one at the same time would otherwise make two
 * meetings: the second insert waits for the first transaction and then fails on the primary key, so that case is
 * simply submitted again and joins the one meeting.
 */
interface MeetingKeys {

	/**
	 * Records that the meeting with this business key is being started; false if one was started before (the key
	 * is taken for good), fails if another transaction starts it at the same time.
	 */
	boolean claim(String meetingKey);

}
