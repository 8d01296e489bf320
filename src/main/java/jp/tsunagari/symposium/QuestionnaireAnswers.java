package jp.tsunagari.symposium;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jp.tsunagari.system.EngineNode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitted post-event questionnaires in TSG_EVENT_ANSWER, one row per respondent (no personal data). An attendee
 * answers once: the registered address is claimed in TSG_EVENT_RESPONDENT in the same transaction, apart from the
 * answer; a paper answer typed by staff comes without an address.
 */
@EngineNode
@Repository
class QuestionnaireAnswers {

	private final JdbcTemplate jdbc;

	private final EventRegistrations events;

	QuestionnaireAnswers(JdbcTemplate jdbc, EventRegistrations events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** @param attendeeEmail the address the attendee registered with, null for a paper answer typed by staff */
	@Transactional
	void submit(String eventId, String attendeeEmail, QuestionnaireAnswer answer) {
		events.event(eventId)
			.filter(Event::questionnaireOpen)
			.orElseThrow(() -> new EventNotOpenException("この催しのアンケートは受け付けていません。"));
		if (attendeeEmail != null) {
			claimAnswer(eventId, EventRegistrations.addressKey(attendeeEmail));
		}
		jdbc.update("INSERT INTO TSG_EVENT_ANSWER (EVENT_ID, CATEGORY, UNDERSTANDING, PF_INTEREST, SATISFACTION, "
				+ "COMMENT_TEXT, ANSWERED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)", eventId, answer.category().name(),
				answer.understanding().name(), answer.pfInterest().name(), answer.satisfaction().name(),
				answer.comment(), Timestamp.from(Instant.now()));
	}

	/** The primary key decides between two answers of one attendee, even concurrent ones: the second one fails. */
	private void claimAnswer(String eventId, String addressKey) {
		Integer registered = jdbc.queryForObject("SELECT COUNT(*) FROM TSG_EVENT_REGISTRANT WHERE EVENT_ID = ? "
				+ "AND EMAIL_KEY = ?", Integer.class, eventId, addressKey);
		if (registered == null || registered == 0) {
			throw new UnknownRespondentException();
		}
		try {
			jdbc.update("INSERT INTO TSG_EVENT_RESPONDENT (EVENT_ID, EMAIL_KEY) VALUES (?, ?)", eventId, addressKey);
		}
		catch (DuplicateKeyException answered) {
			throw new AlreadyAnsweredException();
		}
	}

	List<QuestionnaireAnswer> answers(String eventId) {
		return jdbc.query("SELECT CATEGORY, UNDERSTANDING, PF_INTEREST, SATISFACTION, COMMENT_TEXT FROM TSG_EVENT_ANSWER "
				+ "WHERE EVENT_ID = ? ORDER BY ID",
				(rs, row) -> new QuestionnaireAnswer(AttendeeCategory.valueOf(rs.getString(1)),
						QuestionnaireAnswer.Understanding.valueOf(rs.getString(2)),
						QuestionnaireAnswer.PfInterest.valueOf(rs.getString(3)),
						QuestionnaireAnswer.Satisfaction.valueOf(rs.getString(4)), rs.getString(5)),
				eventId);
	}

}
