package jp.tsunagari.analytics;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * User-task figures over ACT_HI_TASKINST: by department (the candidate groups of ACT_HI_IDENTITYLINK) and due-date
 * adherence. Aggregated by the database, one query per report.
 */
class TaskTimeQueries {

	/** Each (task, candidate group) once, even if the group was removed and offered again. */
	private static final String CANDIDATES = "(SELECT DISTINCT TASK_ID_, GROUP_ID_ FROM ACT_HI_IDENTITYLINK"
			+ " WHERE TYPE_ = 'candidate' AND OPERATION_TYPE_ = 'add' AND GROUP_ID_ IS NOT NULL"
			+ " AND TASK_ID_ IS NOT NULL)";

	private final NamedParameterJdbcTemplate jdbc;

	private final SqlDialect dialect;

	private final HistoryNames names;

	TaskTimeQueries(NamedParameterJdbcTemplate jdbc, SqlDialect dialect, HistoryNames names) {
		this.jdbc = jdbc;
		this.dialect = dialect;
		this.names = names;
	}

	List<DepartmentCycleTime> departments(HistoryFilter filter) {
		Map<String, Object> parameters = filter.newParameters();
		String waiting = dialect.millisBetween("t.START_TIME_", "c.CLAIMED_");
		String working = "CASE WHEN t.END_TIME_ IS NOT NULL THEN " + dialect.millisBetween("c.CLAIMED_", "t.END_TIME_")
				+ " END";
		String sql = "SELECT g.GROUP_ID_ AS group_id, " + DurationStats.select("t.DURATION_", "d") + ", "
				+ DurationStats.select(waiting, "w") + ", " + DurationStats.select(working, "k")
				+ " FROM ACT_HI_TASKINST t JOIN " + CANDIDATES + " g ON g.TASK_ID_ = t.ID_ LEFT JOIN "
				+ CycleTimeQueries.CLAIMS + " c ON c.TASK_ID_ = t.ID_ WHERE 1 = 1" + filter.conditions("t", parameters)
				+ " GROUP BY g.GROUP_ID_ ORDER BY g.GROUP_ID_";
		Map<String, String> groupNames = names.groups();
		return jdbc.query(sql, parameters,
				(row, n) -> new DepartmentCycleTime(row.getString("group_id"),
						groupNames.getOrDefault(row.getString("group_id"), row.getString("group_id")),
						DurationStats.read(row, "d"), DurationStats.read(row, "w"), DurationStats.read(row, "k")));
	}

	List<DueAdherence> dueAdherence(HistoryFilter filter, LocalDateTime now) {
		Map<String, Object> parameters = filter.newParameters();
		parameters.put("now", Timestamp.valueOf(now));
		String late = "t.END_TIME_ IS NOT NULL AND t.END_TIME_ > t.DUE_DATE_";
		String lateness = "CASE WHEN " + late + " THEN " + dialect.millisBetween("t.DUE_DATE_", "t.END_TIME_") + " END";
		String sql = "SELECT t.PROC_DEF_KEY_ AS process_key, t.TASK_DEF_KEY_ AS activity_id, MAX(t.NAME_) AS"
				+ " activity_name, COUNT(*) AS with_due, SUM(CASE WHEN t.END_TIME_ IS NOT NULL AND t.END_TIME_ <="
				+ " t.DUE_DATE_ THEN 1 ELSE 0 END) AS on_time, SUM(CASE WHEN " + late + " THEN 1 ELSE 0 END) AS late,"
				+ " SUM(CASE WHEN t.END_TIME_ IS NULL AND t.DUE_DATE_ < :now THEN 1 ELSE 0 END) AS overdue_open, "
				+ DurationStats.select(lateness, "l") + " FROM ACT_HI_TASKINST t WHERE t.DUE_DATE_ IS NOT NULL"
				+ filter.conditions("t", parameters)
				+ " GROUP BY t.PROC_DEF_KEY_, t.TASK_DEF_KEY_ ORDER BY t.PROC_DEF_KEY_, t.TASK_DEF_KEY_";
		return jdbc.query(sql, parameters,
				(row, n) -> new DueAdherence(row.getString("process_key"), row.getString("activity_id"),
						row.getString("activity_name"), row.getLong("with_due"), row.getLong("on_time"),
						row.getLong("late"), row.getLong("overdue_open"), DurationStats.read(row, "l")));
	}

}
