package jp.tsunagari.analytics;

import java.time.LocalDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import jp.tsunagari.analytics.CycleTimeQueries.TrendPeriod;

/** The analysts' reports: what the JSON API, the dashboard and the exports show. */
class CycleTimeReports {

	final CycleTimeQueries cycleTimes;

	private final TaskTimeQueries taskTimes;

	CycleTimeReports(CycleTimeQueries cycleTimes, TaskTimeQueries taskTimes) {
		this.cycleTimes = cycleTimes;
		this.taskTimes = taskTimes;
	}

	List<ProcessCycleTime> processes(HistoryFilter filter) {
		return cycleTimes.processes(filter);
	}

	List<StepCycleTime> steps(HistoryFilter filter) {
		return cycleTimes.steps(filter);
	}

	List<DepartmentCycleTime> departments(HistoryFilter filter) {
		return taskTimes.departments(filter);
	}

	List<TrendPoint> trend(HistoryFilter filter, TrendPeriod period) {
		return cycleTimes.trend(filter, period);
	}

	List<DueAdherence> dueAdherence(HistoryFilter filter, LocalDateTime now) {
		return taskTimes.dueAdherence(filter, now);
	}

	/** Up to {@code limit} steps waiting on people, on the calendar and on the system, each ranked by total time. */
	List<Bottleneck> bottlenecks(HistoryFilter filter, int limit, boolean negligibleSystemSteps) {
		return Bottlenecks.rank(cycleTimes.activities(filter), limit, negligibleSystemSteps);
	}

	/** Reports over a database of Camunda's schema (used by the application and by tests on their own engines). */
	static CycleTimeReports over(DataSource dataSource) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
		SqlDialect dialect = SqlDialect.of(dataSource);
		HistoryNames names = new HistoryNames(jdbc);
		return new CycleTimeReports(new CycleTimeQueries(named, dialect, names),
				new TaskTimeQueries(named, dialect, names));
	}

}
