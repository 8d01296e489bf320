package jp.tsunagari.referral;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * One counter row per prefix and year (table TSG_CASE_NUMBER), incremented in the engine's transaction: the row
 * lock serialises concurrent cases, and a rolled-back start gives its number back.
 */
@EngineNode
@Component
class JdbcCaseNumbers implements CaseNumbers {

	private final JdbcTemplate jdbc;

	JdbcCaseNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String next(String prefix, int year) {
		int updated = jdbc.update("UPDATE TSG_CASE_NUMBER SET LAST_ = LAST_ + 1 WHERE PREFIX_ = ? AND YEAR_ = ?", prefix,
				year);
		if (updated == 0) {
			// first case of the year; a concurrent first case fails on the primary key and is simply sent again
			jdbc.update("INSERT INTO TSG_CASE_NUMBER (PREFIX_, YEAR_, LAST_) VALUES (?, ?, 1)", prefix, year);
		}
		Integer last = jdbc.queryForObject("SELECT LAST_ FROM TSG_CASE_NUMBER WHERE PREFIX_ = ? AND YEAR_ = ?",
				Integer.class, prefix, year);
		return CaseNumbers.format(prefix, year, last);
	}

}
