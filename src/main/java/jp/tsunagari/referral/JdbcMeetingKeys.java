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
	public boolean claim(String meetingKey) {
		Integer started = jdbc.queryForObject("SELECT COUNT(*) FROM TSG_MEETING WHERE MEETING_KEY_ = ?", Integer.class,
				meetingKey);
		if (started != null && started > 0) {
			return false;
		}
		jdbc.update("INSERT INTO TSG_MEETING (MEETING_KEY_) VALUES (?)", meetingKey);
		return true;
	}

}
