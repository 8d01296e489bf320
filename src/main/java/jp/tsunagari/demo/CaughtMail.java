package jp.tsunagari.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** The TSG_DEMO_MAIL table: the mails the demo caught, newest first. */
class CaughtMail {

	/** One caught mail as staff read it. */
	record Message(long id, LocalDateTime sentAt, String sender, String recipients, String subject, String body) {

		/** The body's lines, for a page that turns a line holding a link into an anchor. */
		public List<String> lines() {
			return body == null ? List.of() : body.lines().toList();
		}

	}

	private static final String COLUMNS = "ID, SENT_AT, SENDER, RECIPIENTS, SUBJECT, BODY";

	private static final RowMapper<Message> MESSAGE = (rs, row) -> new Message(rs.getLong(1),
			rs.getTimestamp(2).toLocalDateTime(), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CaughtMail(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void store(String sender, String recipients, String subject, String body) {
		jdbc.update("INSERT INTO TSG_DEMO_MAIL (SENT_AT, SENDER, RECIPIENTS, SUBJECT, BODY) VALUES (?, ?, ?, ?, ?)",
				Timestamp.valueOf(LocalDateTime.now(clock)), sender, recipients, subject, body);
	}

	List<Message> newestFirst() {
		return jdbc.query("SELECT " + COLUMNS + " FROM TSG_DEMO_MAIL ORDER BY ID DESC", MESSAGE);
	}

	Optional<Message> find(long id) {
		return jdbc.query("SELECT " + COLUMNS + " FROM TSG_DEMO_MAIL WHERE ID = ?", MESSAGE, id).stream().findFirst();
	}

}
