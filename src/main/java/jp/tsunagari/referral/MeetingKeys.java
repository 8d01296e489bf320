package jp.tsunagari.referral;

/**
 * One row per meeting started (table TSG_MEETING): two cases that both find no meeting for a date and start one
 * at the same time would otherwise make two meetings. The second insert waits for the first transaction and then
 * fails on the primary key, so that case is simply submitted again and joins the one meeting.
 */
interface MeetingKeys {

	/** Records that the meeting with this business key is being started; fails if it already was. */
	void claim(String meetingKey);

}
