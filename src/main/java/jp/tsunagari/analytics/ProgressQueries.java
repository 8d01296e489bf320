package jp.tsunagari.analytics;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The open steps of every running top-level procedure, read from the history (ACT_HI_PROCINST, ACT_HI_ACTINST) and
 * the runtime tasks (ACT_RU_TASK for due date and assignee, ACT_RU_IDENTITYLINK for candidate groups), and which
 * open tasks the task mails escalated to a supervisor (TSG_NOTIFY_DELIVERY, read only). Never reads process variables.
 */
class ProgressQueries {

	private final NamedParameterJdbcTemplate jdbc;

	ProgressQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The history types an event sub-process (meetings on a timer, answers arriving) as a {@code subProcess} too; only
	 * an embedded sub-process begins with a none start event, so that is what tells a phase.
	 */
	private static final String ACTIVITY_TYPE = " CASE WHEN a.ACT_TYPE_ = 'subProcess' AND NOT EXISTS (SELECT 1 FROM"
			+ " ACT_HI_ACTINST s WHERE s.PROC_INST_ID_ = a.PROC_INST_ID_ AND s.PARENT_ACT_INST_ID_ = a.ID_ AND"
			+ " s.ACT_TYPE_ = 'startEvent') THEN '" + CurrentStepRow.EVENT_SUB_PROCESS + "' ELSE a.ACT_TYPE_ END";

	List<CurrentStepRow> currentSteps(HistoryFilter filter) {
		Map<String, Object> parameters = filter.newParameters();
		String sql = "SELECT p.PROC_INST_ID_ AS instance_id, a.ID_ AS activity_instance_id, p.PROC_DEF_KEY_ AS"
				+ " process_key, p.BUSINESS_KEY_ AS business_key, p.START_TIME_ AS started, a.ACT_NAME_ AS"
				+ " activity_name, a.ACT_ID_ AS activity_id," + ACTIVITY_TYPE + " AS activity_type, t.DUE_DATE_ AS due,"
				+ " t.ASSIGNEE_ AS assignee, l.GROUP_ID_ AS candidate_group FROM ACT_HI_PROCINST p JOIN ACT_HI_ACTINST a ON a.PROC_INST_ID_ = p.PROC_INST_ID_"
				+ " AND a.END_TIME_ IS NULL LEFT JOIN ACT_RU_TASK t ON t.ID_ = a.TASK_ID_ LEFT JOIN"
				+ " ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate' AND l.GROUP_ID_ IS NOT NULL"
				+ " WHERE p.END_TIME_ IS NULL AND p.SUPER_PROCESS_INSTANCE_ID_ IS NULL"
				+ filter.conditions("p", parameters)
				+ " ORDER BY p.START_TIME_, a.START_TIME_";
		return jdbc.query(sql, parameters,
				(row, n) -> new CurrentStepRow(row.getString("instance_id"), row.getString("activity_instance_id"),
						row.getString("process_key"),
						row.getString("business_key"), time(row.getTimestamp("started")),
						row.getString("activity_name") == null ? row.getString("activity_id")
								: row.getString("activity_name"),
						row.getString("activity_type"), time(row.getTimestamp("due")), row.getString("assignee"),
						row.getString("candidate_group")));
	}

	/**
	 * The open activities whose task was escalated to the department's supervisor after its due date: the task mails
	 * leave one {@code ESCALATED} row per task and due date (notification/schema.sql).
	 */
	Set<String> escalatedSteps() {
		return new HashSet<>(jdbc.getJdbcTemplate().queryForList("SELECT DISTINCT a.ID_ FROM ACT_HI_ACTINST a JOIN"
				+ " TSG_NOTIFY_DELIVERY d ON d.TASK_ID = a.TASK_ID_ AND d.KIND = 'ESCALATED' WHERE a.END_TIME_ IS NULL",
				String.class));
	}

	/** The header of one instance: process key, business key, start and end; null if there is none. */
	TimelineHeader header(String instanceId) {
		List<TimelineHeader> headers = jdbc.query(
				"SELECT PROC_INST_ID_, PROC_DEF_KEY_, BUSINESS_KEY_, START_TIME_, END_TIME_ FROM ACT_HI_PROCINST"
						+ " WHERE PROC_INST_ID_ = :id",
				Map.of("id", instanceId),
				(row, n) -> new TimelineHeader(row.getString(1), row.getString(2), row.getString(3),
						time(row.getTimestamp(4)), time(row.getTimestamp(5))));
		return headers.isEmpty() ? null : headers.get(0);
	}

	/** The steps of one instance in the order they started, with the first claim of user tasks. */
	List<TimelineStep> timeline(String instanceId) {
		String sql = "SELECT a.ACT_ID_, a.ACT_NAME_, a.ACT_TYPE_, a.START_TIME_, a.END_TIME_, a.ASSIGNEE_, (SELECT"
				+ " MIN(l.TIMESTAMP_) FROM ACT_HI_IDENTITYLINK l WHERE l.TASK_ID_ = a.TASK_ID_ AND l.TYPE_ = 'assignee'"
				+ " AND l.OPERATION_TYPE_ = 'add') AS claimed FROM ACT_HI_ACTINST a WHERE a.PROC_INST_ID_ = :id AND "
				+ CycleTimeQueries.STEP_TYPES + " ORDER BY a.START_TIME_, a.SEQUENCE_COUNTER_";
		return jdbc.query(sql, Map.of("id", instanceId),
				(row, n) -> new TimelineStep(row.getString(1), row.getString(2) == null ? row.getString(1)
						: row.getString(2), row.getString(3), time(row.getTimestamp(4)), time(row.getTimestamp(7)),
						time(row.getTimestamp(5)), row.getString(6)));
	}

	private static LocalDateTime time(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toLocalDateTime();
	}

}
