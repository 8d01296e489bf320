package jp.tsunagari.absence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who acts for whom on a given day, for other features (the mail digests send an absent person's mail to their
 * substitute): every absence that includes the day, by its dates, whether or not the job has started it yet.
 */
public class Substitutes {

	/** {@code substituteId} acts for {@code absentUserId} from {@code from} to {@code to}, both days included. */
	public record Substitution(String absentUserId, String substituteId, LocalDate from, LocalDate to) {
	}

	private final JdbcTemplate jdbc;

	Substitutes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Substitution> actingOn(LocalDate day) {
		return jdbc.query("SELECT ABSENT_USER, SUBSTITUTE, FROM_DATE, TO_DATE FROM TSG_ABSENCE"
				+ " WHERE FROM_DATE <= ? AND TO_DATE >= ? ORDER BY ABSENT_USER, ID",
				(row, number) -> new Substitution(row.getString(1), row.getString(2), row.getDate(3).toLocalDate(),
						row.getDate(4).toLocalDate()),
				Date.valueOf(day), Date.valueOf(day));
	}

}
