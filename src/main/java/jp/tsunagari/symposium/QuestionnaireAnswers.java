package jp.tsunagari.symposium;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jp.tsunagari.system.EngineNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Submitted post-event questionnaires in TSG_EVENT_ANSWER, one row per respondent (no personal data). */
@EngineNode
@Repository
class QuestionnaireAnswers {

	private final JdbcTemplate jdbc;

	private final EventRegistrations events;

	QuestionnaireAnswers(JdbcTemplate jdbc, EventRegistrations events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	void submit(String eventId, QuestionnaireAnswer answer) {
		events.event(eventId)
			.filter(Event::questionnaireOpen)
			.orElseThrow(() -> new EventNotOpenException("この催しのアンケートは受け付けていません。"));
		jdbc.update("INSERT INTO TSG_EVENT_ANSWER (EVENT_ID, CATEGORY, UNDERSTANDING, PF_INTEREST, SATISFACTION, "
				+ "COMMENT_TEXT, ANSWERED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)", eventId, answer.category().name(),
				answer.understanding().name(), answer.pfInterest().name(), answer.satisfaction().name(),
				answer.comment(), Timestamp.from(Instant.now()));
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
