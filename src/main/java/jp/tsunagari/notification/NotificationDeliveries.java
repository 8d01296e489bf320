package jp.tsunagari.notification;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * TSG_NOTIFY_DELIVERY: a mail is recorded right after the mail server accepted it, under a key a repeated run
 * computes again, so a retried run sends only what is missing. A run reads the keys it may meet in one query.
 */
class NotificationDeliveries {

	enum Kind {
		DIGEST, URGENT, REMINDER, ESCALATION, ESCALATED
	}

	private final JdbcTemplate jdbc;

	NotificationDeliveries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The keys of digests sent since {@code since} and of everything about tasks still open. */
	Set<String> done(LocalDateTime since) {
		return new HashSet<>(jdbc.queryForList("""
				SELECT DELIVERY_KEY FROM TSG_NOTIFY_DELIVERY
				WHERE SENT_AT > ? OR TASK_ID IN (SELECT ID_ FROM ACT_RU_TASK)
				""", String.class, Timestamp.valueOf(since)));
	}

	void record(String key, Kind kind, String userId, String taskId, LocalDateTime at) {
		jdbc.update("INSERT INTO TSG_NOTIFY_DELIVERY (DELIVERY_KEY, KIND, USER_ID, TASK_ID, SENT_AT) VALUES (?, ?, ?, ?, ?)",
				key, kind.name(), userId, taskId, Timestamp.valueOf(at));
	}

}
