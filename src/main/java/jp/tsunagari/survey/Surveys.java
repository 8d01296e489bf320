package jp.tsunagari.survey;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.server.ResponseStatusException;

/** The TSG_SURVEY table. */
class Surveys {

	/** What an answer's transaction found on its survey's locked row. */
	enum CountRequest {
		/** no count queued: this answer queues one */
		FIRST,
		/** a count is queued and will include this answer */
		QUEUED,
		/** the survey no longer takes answers */
		CLOSED
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Surveys(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void create(String id, String title, String questionnaireId) {
		jdbc.update("INSERT INTO TSG_SURVEY (ID, TITLE, QUESTIONNAIRE_ID, STATUS, CREATED_AT) VALUES (?, ?, ?, ?, ?)", id,
				title, questionnaireId, Survey.Status.PLANNED.name(), Timestamp.valueOf(LocalDateTime.now(clock)));
	}

	/** The plan may change the title and questionnaire until the invitations go out. */
	void replan(String id, String title, String questionnaireId) {
		jdbc.update("UPDATE TSG_SURVEY SET TITLE = ?, QUESTIONNAIRE_ID = ? WHERE ID = ?", title, questionnaireId, id);
	}

	void open(String id, LocalDateTime responseDeadline) {
		jdbc.update("UPDATE TSG_SURVEY SET STATUS = ?, RESPONSE_DEADLINE = ? WHERE ID = ?", Survey.Status.OPEN.name(),
				Timestamp.valueOf(responseDeadline), id);
	}

	void close(String id) {
		jdbc.update("UPDATE TSG_SURVEY SET STATUS = ? WHERE ID = ?", Survey.Status.CLOSED.name(), id);
	}

	/**
	 * For an answer being stored: locks the survey's row until the transaction ends and says whether the survey is
	 * still open and whether this answer must ask the engine for a count. Only the first answer after a count asks
	 * (and queues it); the others find it queued, and the count still sees them: the count job takes the request back
	 * on this row ({@link #countTaken}) before it counts, so it waits for every answer holding the lock.
	 */
	CountRequest requestCount(String id) {
		return jdbc.query("SELECT STATUS, COUNT_PENDING FROM TSG_SURVEY WHERE ID = ? FOR UPDATE", rs -> {
			if (!rs.next() || !Survey.Status.OPEN.name().equals(rs.getString(1))) {
				return CountRequest.CLOSED;
			}
			if (rs.getBoolean(2)) {
				return CountRequest.QUEUED;
			}
			jdbc.update("UPDATE TSG_SURVEY SET COUNT_PENDING = TRUE WHERE ID = ?", id);
			return CountRequest.FIRST;
		}, id);
	}

	/** The count job takes the queued request back before it counts: answers stored after this ask again. */
	void countTaken(String id) {
		jdbc.update("UPDATE TSG_SURVEY SET COUNT_PENDING = FALSE WHERE ID = ?", id);
	}

	boolean anyTitled(String title) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM TSG_SURVEY WHERE TITLE = ?", Integer.class, title) > 0;
	}

	Optional<Survey> find(String id) {
		return jdbc.query("SELECT * FROM TSG_SURVEY WHERE ID = ?", (rs, row) -> {
			Timestamp deadline = rs.getTimestamp("RESPONSE_DEADLINE");
			return new Survey(rs.getString("ID"), rs.getString("TITLE"), rs.getString("QUESTIONNAIRE_ID"),
					deadline == null ? null : deadline.toLocalDateTime(), Survey.Status.valueOf(rs.getString("STATUS")));
		}, id).stream().findFirst();
	}

	/** The survey a staff page names in its address: an unknown id (mistyped, outdated) is a 404, not a 500. */
	Survey require(String id) {
		return find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "調査が見つかりません。"));
	}

}
