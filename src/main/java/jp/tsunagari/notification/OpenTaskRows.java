package jp.tsunagari.notification;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The open user tasks a notification run needs, in one SQL statement over Camunda's runtime tables (as the
 * analytics pages read the history): those created since a time (digests), the urgent ones, and those due before a
 * time (reminders, escalations); each with its title copy and its candidate groups and users.
 */
class OpenTaskRows {

	private static final String SQL = """
			SELECT t.ID_, t.NAME_, t.PROC_DEF_ID_, t.CREATE_TIME_, t.DUE_DATE_, t.PRIORITY_, t.ASSIGNEE_,
			       v.TEXT_ AS TITLE, l.GROUP_ID_, l.USER_ID_
			FROM ACT_RU_TASK t
			LEFT JOIN ACT_RU_VARIABLE v ON v.TASK_ID_ = t.ID_ AND v.NAME_ = 'title'
			LEFT JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate'
			WHERE t.PROC_DEF_ID_ IS NOT NULL AND t.SUSPENSION_STATE_ = 1
			  AND (t.CREATE_TIME_ > ? OR t.PRIORITY_ >= ? OR t.DUE_DATE_ < ?)
			ORDER BY t.CREATE_TIME_, t.ID_
			""";

	private final JdbcTemplate jdbc;

	OpenTaskRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<NotifiedTask> find(LocalDateTime createdAfter, int urgentPriority, LocalDateTime dueBefore) {
		Map<String, Row> rows = new LinkedHashMap<>();
		jdbc.query(SQL, result -> {
			String id = result.getString("ID_");
			Row row = rows.get(id);
			if (row == null) {
				row = new Row(id, result.getString("NAME_"), result.getString("TITLE"), result.getString("PROC_DEF_ID_"),
						time(result.getTimestamp("CREATE_TIME_")), time(result.getTimestamp("DUE_DATE_")),
						result.getInt("PRIORITY_"), result.getString("ASSIGNEE_"));
				rows.put(id, row);
			}
			if (result.getString("GROUP_ID_") != null) {
				row.groups.add(result.getString("GROUP_ID_"));
			}
			if (result.getString("USER_ID_") != null) {
				row.users.add(result.getString("USER_ID_"));
			}
		}, Timestamp.valueOf(createdAfter), urgentPriority, Timestamp.valueOf(dueBefore));
		List<NotifiedTask> tasks = new ArrayList<>();
		rows.values().forEach(row -> tasks.add(row.task()));
		return tasks;
	}

	private static LocalDateTime time(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toLocalDateTime();
	}

	private record Row(String id, String name, String title, String definitionId, LocalDateTime created,
			LocalDateTime due, int priority, String assignee, Set<String> groups, Set<String> users) {

		Row(String id, String name, String title, String definitionId, LocalDateTime created, LocalDateTime due,
				int priority, String assignee) {
			this(id, name, title, definitionId, created, due, priority, assignee, new HashSet<>(), new HashSet<>());
		}

		NotifiedTask task() {
			return new NotifiedTask(id, name, title, definitionId, created, due, priority, assignee, groups, users);
		}

	}

}
