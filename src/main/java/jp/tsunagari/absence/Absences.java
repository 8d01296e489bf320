package jp.tsunagari.absence;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** The absences and the tasks given to their substitutes ({@code TSG_ABSENCE}, {@code TSG_ABSENCE_COVER}). */
class Absences {

	private static final String COLUMNS = "ID, ABSENT_USER, SUBSTITUTE, FROM_DATE, TO_DATE, STATE";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Absences(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long record(String absentUserId, String substituteId, LocalDate from, LocalDate to, String recordedBy) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement("INSERT INTO TSG_ABSENCE (ABSENT_USER, SUBSTITUTE,"
					+ " FROM_DATE, TO_DATE, STATE, RECORDED_BY, RECORDED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)",
					new String[] { "ID" });
			insert.setString(1, absentUserId);
			insert.setString(2, substituteId);
			insert.setDate(3, Date.valueOf(from));
			insert.setDate(4, Date.valueOf(to));
			insert.setString(5, Absence.State.RECORDED.name());
			insert.setString(6, recordedBy);
			insert.setTimestamp(7, Timestamp.valueOf(LocalDateTime.now(clock)));
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	/** The absences of a person or those in which they act for someone, the latest first. */
	List<Absence> involving(String userId) {
		return jdbc.query("SELECT " + COLUMNS + " FROM TSG_ABSENCE WHERE ABSENT_USER = ? OR SUBSTITUTE = ?"
				+ " ORDER BY FROM_DATE DESC, ID DESC", Absences::absence, userId, userId);
	}

	/** Recorded absences whose first day has come and whose last has not passed. */
	List<Absence> startingBy(LocalDate today) {
		return jdbc.query("SELECT " + COLUMNS + " FROM TSG_ABSENCE WHERE STATE = ? AND FROM_DATE <= ? AND TO_DATE >= ?",
				Absences::absence, Absence.State.RECORDED.name(), Date.valueOf(today), Date.valueOf(today));
	}

	/** Absences not yet ended whose last day is before today. */
	List<Absence> overBefore(LocalDate today) {
		return jdbc.query("SELECT " + COLUMNS + " FROM TSG_ABSENCE WHERE STATE <> ? AND TO_DATE < ?",
				Absences::absence, Absence.State.ENDED.name(), Date.valueOf(today));
	}

	List<Absence> covering() {
		return jdbc.query("SELECT " + COLUMNS + " FROM TSG_ABSENCE WHERE STATE = ?", Absences::absence,
				Absence.State.COVERING.name());
	}

	/** The absences under way in which the user acts for someone. */
	List<Absence> coveringBy(String substituteId) {
		return jdbc.query("SELECT " + COLUMNS + " FROM TSG_ABSENCE WHERE STATE = ? AND SUBSTITUTE = ?",
				Absences::absence, Absence.State.COVERING.name(), substituteId);
	}

	/**
	 * Moves an absence on if it still stands where it stood: true for the one caller (of several nodes) that moved
	 * it, which then does the work in the same transaction.
	 */
	boolean move(Absence absence, Absence.State to) {
		return jdbc.update("UPDATE TSG_ABSENCE SET STATE = ? WHERE ID = ? AND STATE = ?", to.name(), absence.id(),
				absence.state().name()) == 1;
	}

	Set<String> coveredTasks(long absenceId) {
		return jdbc.queryForList("SELECT TASK_ID FROM TSG_ABSENCE_COVER WHERE ABSENCE_ID = ?", String.class, absenceId)
			.stream()
			.collect(Collectors.toSet());
	}

	boolean covers(long absenceId, String taskId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM TSG_ABSENCE_COVER WHERE ABSENCE_ID = ? AND TASK_ID = ?",
				Integer.class, absenceId, taskId) > 0;
	}

	/** The task's assignee when it was given to the substitute; null for a group's task (or one never given). */
	String assigneeBefore(long absenceId, String taskId) {
		return jdbc.query("SELECT ASSIGNEE_BEFORE FROM TSG_ABSENCE_COVER WHERE ABSENCE_ID = ? AND TASK_ID = ?",
				(row, number) -> row.getString(1), absenceId, taskId).stream().filter(java.util.Objects::nonNull)
			.findFirst().orElse(null);
	}

	/** Fails on a task covered already: a second node covering the same task rolls its transaction back. */
	void cover(long absenceId, String taskId, String assigneeBefore) {
		jdbc.update("INSERT INTO TSG_ABSENCE_COVER (ABSENCE_ID, TASK_ID, ASSIGNEE_BEFORE) VALUES (?, ?, ?)", absenceId,
				taskId, assigneeBefore);
	}

	private static Absence absence(ResultSet row, int number) throws SQLException {
		return new Absence(row.getLong("ID"), row.getString("ABSENT_USER"), row.getString("SUBSTITUTE"),
				row.getDate("FROM_DATE").toLocalDate(), row.getDate("TO_DATE").toLocalDate(),
				Absence.State.valueOf(row.getString("STATE")));
	}

}
