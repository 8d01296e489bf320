package jp.tsunagari.survey;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** The answers (TSG_SURVEY_ANSWER, one row per chosen option or text) and the recipient's response time. */
class Responses {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Responses(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Stores one response; false (and nothing stored) when the recipient has already answered: the guarded update
	 * makes a double submit, even two at once, store only one response.
	 */
	boolean save(String recipientId, Map<String, List<String>> answers) {
		int first = jdbc.update("UPDATE TSG_SURVEY_RECIPIENT SET RESPONDED_AT = ? WHERE ID = ? AND RESPONDED_AT IS NULL",
				Timestamp.valueOf(LocalDateTime.now(clock)), recipientId);
		if (first == 0) {
			return false;
		}
		answers.forEach((question, values) -> values.forEach(value -> jdbc.update(
				"INSERT INTO TSG_SURVEY_ANSWER (RECIPIENT_ID, QUESTION_ID, ANSWER_VALUE) VALUES (?, ?, ?)", recipientId,
				question, value)));
		return true;
	}

	/** Every response of a survey: recipient id to question id to values, in the order the rows were written. */
	Map<String, Map<String, List<String>>> ofSurvey(String surveyId) {
		Map<String, Map<String, List<String>>> responses = new LinkedHashMap<>();
		jdbc.query("SELECT r.ID, a.QUESTION_ID, a.ANSWER_VALUE FROM TSG_SURVEY_RECIPIENT r"
				+ " LEFT JOIN TSG_SURVEY_ANSWER a ON a.RECIPIENT_ID = r.ID"
				+ " WHERE r.SURVEY_ID = ? AND r.RESPONDED_AT IS NOT NULL ORDER BY r.ID", rs -> {
					Map<String, List<String>> answers = responses.computeIfAbsent(rs.getString(1),
							id -> new LinkedHashMap<>());
					if (rs.getString(2) != null) {
						answers.computeIfAbsent(rs.getString(2), q -> new java.util.ArrayList<>()).add(rs.getString(3));
					}
				}, surveyId);
		return responses;
	}

	/** Sets the platform flags from the answers (idempotent: recomputed from the stored answers). */
	void flag(String recipientId, boolean candidateMember, boolean wantsInformation) {
		jdbc.update("UPDATE TSG_SURVEY_RECIPIENT SET CANDIDATE_MEMBER = ?, WANTS_INFORMATION = ? WHERE ID = ?",
				candidateMember, wantsInformation, recipientId);
	}

}
