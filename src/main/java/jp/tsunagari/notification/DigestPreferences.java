package jp.tsunagari.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/** TSG_NOTIFY_PREFERENCE: each person's digest setting; without a row, the default of the configuration. */
class DigestPreferences {

	private final JdbcTemplate jdbc;

	private final DigestPreference standard;

	private final Clock clock;

	DigestPreferences(JdbcTemplate jdbc, LocalTime defaultTime, Clock clock) {
		this.jdbc = jdbc;
		this.standard = new DigestPreference(true, defaultTime);
		this.clock = clock;
	}

	DigestPreference standard() {
		return standard;
	}

	DigestPreference of(String userId) {
		List<DigestPreference> found = jdbc.query(
				"SELECT DIGEST_ENABLED, DIGEST_TIME FROM TSG_NOTIFY_PREFERENCE WHERE USER_ID = ?",
				(row, number) -> new DigestPreference(row.getBoolean(1), LocalTime.parse(row.getString(2))), userId);
		return found.isEmpty() ? standard : found.get(0);
	}

	/** Everyone's settings that differ from the default, in one query. */
	Map<String, DigestPreference> all() {
		Map<String, DigestPreference> settings = new HashMap<>();
		jdbc.query("SELECT USER_ID, DIGEST_ENABLED, DIGEST_TIME FROM TSG_NOTIFY_PREFERENCE",
				(RowCallbackHandler) row -> settings.put(row.getString(1),
						new DigestPreference(row.getBoolean(2), LocalTime.parse(row.getString(3)))));
		return settings;
	}

	void save(String userId, DigestPreference preference) {
		Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
		String time = preference.time().toString();
		int updated = jdbc.update(
				"UPDATE TSG_NOTIFY_PREFERENCE SET DIGEST_ENABLED = ?, DIGEST_TIME = ?, UPDATED_AT = ? WHERE USER_ID = ?",
				preference.enabled(), time, now, userId);
		if (updated == 0) {
			jdbc.update("INSERT INTO TSG_NOTIFY_PREFERENCE (USER_ID, DIGEST_ENABLED, DIGEST_TIME, UPDATED_AT) VALUES (?, ?, ?, ?)",
					userId, preference.enabled(), time, now);
		}
	}

}
