package jp.tsunagari.referral;

import java.sql.Timestamp;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

@EngineNode
@Component
class JdbcCaseAudit implements CaseAudit {

	private final JdbcTemplate jdbc;

	JdbcCaseAudit(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	// the engine's clock: the time of the engine's own records of the same act (back-dated in the demo history)
	public void record(String caseNumber, String processInstanceId, String actor, String action, String detail) {
		jdbc.update("INSERT INTO TSG_CASE_AUDIT (AT_, CASE_NUMBER_, PROC_INST_ID_, ACTOR_, ACTION_, DETAIL_) "
				+ "VALUES (?, ?, ?, ?, ?, ?)", Timestamp.from(ClockUtil.getCurrentTime().toInstant()), caseNumber, processInstanceId, actor,
				action, detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000));
	}

	@Override
	public List<CaseAuditEntry> entriesOf(String caseNumber) {
		return jdbc.query("SELECT AT_, CASE_NUMBER_, PROC_INST_ID_, ACTOR_, ACTION_, DETAIL_ FROM TSG_CASE_AUDIT "
				+ "WHERE CASE_NUMBER_ = ? ORDER BY ID_", (row, i) -> new CaseAuditEntry(row.getTimestamp(1).toInstant(),
						row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6)),
				caseNumber);
	}

}
