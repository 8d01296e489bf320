package jp.tsunagari.referral;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

@EngineNode
@Component
class JdbcMeetingKeys implements MeetingKeys {

	private final JdbcTemplate jdbc;

	JdbcMeetingKeys(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void claim(String meetingKey) {
		jdbc.update("INSERT INTO TSG_MEETING (MEETING_KEY_) VALUES (?)", meetingKey);
	}

}
