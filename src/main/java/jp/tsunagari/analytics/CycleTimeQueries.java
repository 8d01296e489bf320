package jp.tsunagari.analytics;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import jp.tsunagari.evaluation.JapaneseFiscalYear;

/**
 * Durations of processes and of their steps, aggregated by the database over Camunda's history tables
 * (ACT_HI_PROCINST, ACT_HI_ACTINST). Nothing is loaded row by row: one aggregate query per report.
 * <p>
 * Claim time: ACT_HI_TASKINST has no claim column. The engine writes an identity-link history entry
 * (ACT_HI_IDENTITYLINK, TYPE_ 'assignee', OPERATION_TYPE_ 'add', TIMESTAMP_) whenever a task gets an assignee, by
 * claim, by Tasklist's assign, by the REST API or by the model; the first such entry is the claim. (The user
 * operation log records a claim only when an authenticated user made it, so workers and imports would be missing.)
 */
class CycleTimeQueries {

	/** The first time each task got an assignee. */
	static final String CLAIMS = "(SELECT TASK_ID_, MIN(TIMESTAMP_) AS CLAIMED_ FROM ACT_HI_IDENTITYLINK"
			+ " WHERE TYPE_ = 'assignee' AND OPERATION_TYPE_ = 'add' AND TASK_ID_ IS NOT NULL GROUP BY TASK_ID_)";

	/** Activities that are steps someone or something spends time in; gateways and none events are instants. */
	static final String STEP_TYPES = "(a.ACT_TYPE_ LIKE '%Task' OR a.ACT_TYPE_ IN ('callActivity', 'subProcess',"
			+ " 'intermediateTimer', 'intermediateMessageCatch', 'intermediateSignalCatch', 'intermediateConditional'))";

	private final NamedParameterJdbcTemplate jdbc;

	private final SqlDialect dialect;

	private final HistoryNames names;

	CycleTimeQueries(NamedParameterJdbcTemplate jdbc, SqlDialect dialect, HistoryNames names) {
		this.jdbc = jdbc;
		this.dialect = dialect;
		this.names = names;
	}

	List<ProcessCycleTime> processes(HistoryFilter filter) {
		Map<String, Object> parameters = filter.newParameters();
		String sql = "SELECT p.PROC_DEF_KEY_ AS process_key, SUM(CASE WHEN p.END_TIME_ IS NULL THEN 1 ELSE 0 END)"
				+ " AS running, " + DurationStats.select("p.DURATION_", "d") + " FROM ACT_HI_PROCINST p WHERE 1 = 1"
				+ filter.conditions("p", parameters) + " GROUP BY p.PROC_DEF_KEY_ ORDER BY p.PROC_DEF_KEY_";
		Map<String, String> processNames = names.processes();
		return jdbc.query(sql, parameters,
				(row, n) -> new ProcessCycleTime(row.getString("process_key"),
						processNames.getOrDefault(row.getString("process_key"), row.getString("process_key")),
						row.getLong("running"), DurationStats.read(row, "d")));
	}

	List<StepCycleTime> steps(HistoryFilter filter) {
		Map<String, Object> parameters = filter.newParameters();
		return query(stepsSql(filter, parameters), parameters);
	}

	/**
	 * Every activity, as the steps report, gateways and events included: the boundary timers and event-based
	 * gateways the bottleneck ranking counts as the calendar's time, and the instants it shows when asked.
	 */
	List<StepCycleTime> activities(HistoryFilter filter) {
		Map<String, Object> parameters = filter.newParameters();
		return query(activitiesSql("1 = 1", filter, parameters), parameters);
	}

	private List<StepCycleTime> query(String sql, Map<String, Object> parameters) {
		return jdbc.query(sql, parameters,
				(row, n) -> new StepCycleTime(row.getString("process_key"), row.getString("activity_id"),
						row.getString("activity_name"), row.getString("activity_type"), row.getLong("active"),
						row.getDouble("total"), DurationStats.read(row, "d"), DurationStats.read(row, "w"),
						DurationStats.read(row, "k")));
	}

	/** The steps report's one statement (the benchmark also runs it through plain JDBC). */
	String stepsSql(HistoryFilter filter, Map<String, Object> parameters) {
		return activitiesSql(STEP_TYPES, filter, parameters);
	}

	private String activitiesSql(String types, HistoryFilter filter, Map<String, Object> parameters) {
		String waiting = dialect.millisBetween("a.START_TIME_", "c.CLAIMED_");
		String working = "CASE WHEN a.END_TIME_ IS NOT NULL THEN " + dialect.millisBetween("c.CLAIMED_", "a.END_TIME_")
				+ " END";
		return "SELECT a.PROC_DEF_KEY_ AS process_key, a.ACT_ID_ AS activity_id, MAX(a.ACT_NAME_) AS"
				+ " activity_name, MAX(a.ACT_TYPE_) AS activity_type, SUM(CASE WHEN a.END_TIME_ IS NULL THEN 1 ELSE 0"
				+ " END) AS active, SUM(CAST(a.DURATION_ AS DOUBLE PRECISION)) AS total, "
				+ DurationStats.select("a.DURATION_", "d") + ", " + DurationStats.select(waiting, "w") + ", "
				+ DurationStats.select(working, "k") + " FROM ACT_HI_ACTINST a LEFT JOIN " + CLAIMS
				+ " c ON c.TASK_ID_ = a.TASK_ID_ WHERE " + types + filter.conditions("a", parameters)
				+ " GROUP BY a.PROC_DEF_KEY_, a.ACT_ID_ ORDER BY a.PROC_DEF_KEY_, MIN(a.START_TIME_)";
	}

	List<TrendPoint> trend(HistoryFilter filter, TrendPeriod period) {
		Map<String, Object> parameters = filter.newParameters();
		String periodOf = period.sql("p.END_TIME_");
		String sql = "SELECT p.PROC_DEF_KEY_ AS process_key, " + periodOf + " AS period, "
				+ DurationStats.select("p.DURATION_", "d") + " FROM ACT_HI_PROCINST p WHERE p.END_TIME_ IS NOT NULL"
				+ filter.conditions("p", parameters) + " GROUP BY p.PROC_DEF_KEY_, " + periodOf
				+ " ORDER BY p.PROC_DEF_KEY_, " + periodOf;
		return jdbc.query(sql, parameters, (row, n) -> {
			int value = row.getInt("period");
			return new TrendPoint(row.getString("process_key"), value, period.label(value),
					DurationStats.read(row, "d"));
		});
	}

	/** Months are labelled 2026年4月, fiscal years 令和8年度. */
	enum TrendPeriod {

		MONTH, FISCAL_YEAR;

		String sql(String column) {
			String year = "EXTRACT(YEAR FROM " + column + ")";
			String month = "EXTRACT(MONTH FROM " + column + ")";
			return this == MONTH ? "(" + year + " * 100 + " + month + ")"
					: "(CASE WHEN " + month + " >= 4 THEN " + year + " ELSE " + year + " - 1 END)";
		}

		String label(int period) {
			return this == MONTH ? (period / 100) + "年" + (period % 100) + "月" : JapaneseFiscalYear.label(period);
		}

	}

}
