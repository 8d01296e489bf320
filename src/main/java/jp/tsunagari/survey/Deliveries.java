package jp.tsunagari.survey;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The TSG_SURVEY_DELIVERY table: a mail is recorded right after the SMTP server accepted it, under a key that a
 * redelivered external task computes again (kind, activity instance, recipient), so it is never sent twice.
 */
class Deliveries {

	enum Kind {
		INVITATION, LETTER, REMINDER
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Deliveries(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	static String key(Kind kind, String round, String recipientId) {
		return kind + ":" + round + ":" + recipientId;
	}

	boolean done(String key) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM TSG_SURVEY_DELIVERY WHERE DELIVERY_KEY = ?", Integer.class,
				key) > 0;
	}

	void record(String key, String recipientId, Kind kind) {
		jdbc.update("INSERT INTO TSG_SURVEY_DELIVERY (DELIVERY_KEY, RECIPIENT_ID, KIND, SENT_AT) VALUES (?, ?, ?, ?)", key,
				recipientId, kind.name(), Timestamp.valueOf(LocalDateTime.now(clock)));
	}

	/** How many deliveries of a kind a round (a survey's invitations, a reminder firing) has made in all. */
	int count(Kind kind, String round) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM TSG_SURVEY_DELIVERY WHERE DELIVERY_KEY LIKE ?", Integer.class,
				key(kind, round, "%"));
	}

}
