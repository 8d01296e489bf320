package jp.tsunagari.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.query.PeriodUnit;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Not a test: a rerunnable harness (`mvn -Pbenchmark verify -Dit.test=CycleTimeBenchmark`). On an embedded
 * PostgreSQL 16 it generates 1,000,000 historic activity instances (100,000 process instances of 5 processes, 10
 * steps each, 3 of them user tasks with task instances, candidate groups and claims), then times in one run the
 * analytics reports against the raw SQL over the same rows and against Camunda's own duration reports, without and
 * then with each candidate index. Writes target/benchmarks/cycle-time.md; the figures go to docs/benchmarks.md by hand.
 */
class CycleTimeBenchmark {

	private static final int INSTANCES = 100_000;

	private static final int STEPS = 10;

	private static final int WARM_UP = 1;

	private static final int RUNS = 5;

	private static final String RAW_STEPS = "SELECT PROC_DEF_KEY_, ACT_ID_, COUNT(DURATION_), AVG(DURATION_),"
			+ " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY DURATION_), PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY"
			+ " DURATION_), MAX(DURATION_) FROM ACT_HI_ACTINST GROUP BY PROC_DEF_KEY_, ACT_ID_";

	private static final List<String> INDEXES = List.of(
			"CREATE INDEX ACT_IDX_HI_ACT_INST_ANALYTICS ON ACT_HI_ACTINST (PROC_DEF_KEY_, ACT_ID_) INCLUDE (ACT_TYPE_,"
					+ " ACT_NAME_, START_TIME_, END_TIME_, DURATION_, TASK_ID_)",
			// the one the application creates at start-up (ClaimIndex)
			SqlDialect.POSTGRESQL.claimIndex());

	private final List<String> lines = new ArrayList<>();

	@Test
	void cycleTimeReportsAgainstRawSqlAndCamundaReports() throws IOException {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			ProcessEngine engine = SyntheticHistory.engine("analytics-benchmark",
					postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
			try {
				run(engine, postgres.getPostgresDatabase());
			}
			finally {
				engine.close();
			}
		}
		Path report = Path.of("target", "benchmarks", "cycle-time.md");
		Files.createDirectories(report.getParent());
		Files.writeString(report, String.join("\n", lines) + "\n");
		System.out.println(String.join("\n", lines));
	}

	private void run(ProcessEngine engine, DataSource dataSource) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		long loadStart = System.nanoTime();
		load(engine, jdbc);
		lines.add("Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, "
				+ Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB max JVM heap, "
				+ jdbc.queryForObject("SELECT version()", String.class) + ", work_mem "
				+ jdbc.queryForObject("SHOW work_mem", String.class) + ", shared_buffers "
				+ jdbc.queryForObject("SHOW shared_buffers", String.class));
		lines.add("Rows: " + count(jdbc, "ACT_HI_ACTINST") + " ACT_HI_ACTINST, " + count(jdbc, "ACT_HI_TASKINST")
				+ " ACT_HI_TASKINST, " + count(jdbc, "ACT_HI_IDENTITYLINK") + " ACT_HI_IDENTITYLINK, "
				+ count(jdbc, "ACT_HI_PROCINST") + " ACT_HI_PROCINST; generated in "
				+ (System.nanoTime() - loadStart) / 1_000_000_000 + " s");
		CycleTimeReports reports = CycleTimeReports.over(dataSource);
		measureAll("Camunda's schema only", engine, jdbc, reports);
		for (String index : INDEXES) {
			jdbc.execute(index);
			jdbc.execute("VACUUM ANALYZE");
			measureAll("and " + index, engine, jdbc, reports);
		}
	}

	private void measureAll(String title, ProcessEngine engine, JdbcTemplate jdbc, CycleTimeReports reports) {
		HistoryFilter oneProcess = new HistoryFilter("bench-3", null);
		HistoryFilter oneFiscalYear = new HistoryFilter(null, 2024);
		lines.add("");
		lines.add("### " + title);
		lines.add("");
		lines.add("| measured | median of " + RUNS + " (ms) | ratio |");
		lines.add("|---|---:|---:|");
		Map<String, Object> none = new HashMap<>();
		String stepsSql = reports.cycleTimes.stepsSql(HistoryFilter.ALL, none);
		double raw = time(() -> new NamedParameterJdbcTemplate(jdbc).queryForList(stepsSql, none).size());
		row("raw SQL: the steps report's statement through plain JDBC (the baseline)", raw, raw);
		row("steps report through the service the API calls", time(() -> reports.steps(HistoryFilter.ALL).size()),
				raw);
		MockMvc api = MockMvcBuilders.standaloneSetup(new AnalyticsApiController(reports)).build();
		row("GET /api/analytics/steps: Spring MVC and JSON over the service (MockMvc, no network or sign-in)",
				time(() -> response(api, "/api/analytics/steps").length()), raw);
		row("raw SQL: duration figures only, no waiting/working (what those cost)",
				time(() -> jdbc.queryForList(RAW_STEPS).size()), raw);
		row("steps report, one process of five", time(() -> reports.steps(oneProcess).size()), raw);
		row("steps report, one fiscal year", time(() -> reports.steps(oneFiscalYear).size()), raw);
		row("departments report (candidate groups, waiting, working)",
				time(() -> reports.departments(HistoryFilter.ALL).size()), raw);
		row("due-date adherence report",
				time(() -> reports.dueAdherence(HistoryFilter.ALL, LocalDateTime.now()).size()), raw);
		double trend = time(() -> reports.trend(HistoryFilter.ALL, CycleTimeQueries.TrendPeriod.MONTH).size());
		row("trend report by month (process instances)", trend, raw);
		row("Camunda: createHistoricProcessInstanceReport().duration(MONTH)", time(() -> engine.getHistoryService()
			.createHistoricProcessInstanceReport()
			.duration(PeriodUnit.MONTH)
			.size()), raw);
		row("Camunda: createHistoricTaskInstanceReport().duration(MONTH)", time(() -> engine.getHistoryService()
			.createHistoricTaskInstanceReport()
			.duration(PeriodUnit.MONTH)
			.size()), raw);
	}

	private static String response(MockMvc api, String path) {
		try {
			return api.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse().getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(path + " failed", ex);
		}
	}

	private void row(String what, double millis, double baseline) {
		lines.add("| %s | %.0f | %.2f× |".formatted(what, millis, millis / baseline));
	}

	/** Median wall time of {@link #RUNS} runs after {@link #WARM_UP}, in milliseconds. */
	private static double time(Supplier<Integer> work) {
		for (int i = 0; i < WARM_UP; i++) {
			if (work.get() == 0) {
				throw new IllegalStateException("The measured query found nothing");
			}
		}
		double[] millis = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			work.get();
			millis[i] = (System.nanoTime() - start) / 1_000_000d;
		}
		Arrays.sort(millis);
		return millis[RUNS / 2];
	}

	private static long count(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

	/** Five deployed processes (Camunda's reports read their definitions) and the generated history rows. */
	private static void load(ProcessEngine engine, JdbcTemplate jdbc) {
		List<String> definitions = new ArrayList<>();
		for (int p = 0; p < 5; p++) {
			String key = "bench-" + p;
			engine.getRepositoryService()
				.createDeployment()
				.addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
					.camundaHistoryTimeToLive(30)
					.startEvent()
					.userTask()
					.endEvent()
					.done())
				.deploy();
			String id = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
				.singleResult().getId();
			definitions.add("(" + p + ", '" + key + "', '" + id + "')");
		}
		String defs = "WITH defs(n, def_key, def_id) AS (VALUES " + String.join(", ", definitions) + ") ";
		jdbc.execute("SELECT setseed(0.42)");
		jdbc.update(defs + "INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_,"
				+ " START_TIME_, END_TIME_, DURATION_, STATE_) SELECT 'pi' || g, 'pi' || g, 'BK-' || g, def_key, def_id,"
				+ " s, s + d * INTERVAL '1 millisecond', d, 'COMPLETED' FROM (SELECT g, TIMESTAMP '2023-04-01' + g *"
				+ " INTERVAL '15 minutes' AS s, (random() * 30 * 86400000)::bigint AS d FROM generate_series(1, "
				+ INSTANCES + ") g) x JOIN defs ON defs.n = g % 5");
		jdbc.update(defs + "INSERT INTO ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_, EXECUTION_ID_,"
				+ " ACT_ID_, TASK_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_, END_TIME_, DURATION_, ACT_INST_STATE_) SELECT"
				+ " 'ai' || a, def_key, def_id, 'pi' || i, 'pi' || i, 'Step_' || k, CASE WHEN k % 3 = 1 THEN 'ti' || a"
				+ " END, '工程' || k, CASE WHEN k % 3 = 1 THEN 'userTask' ELSE 'serviceTask' END, s, s + d * INTERVAL"
				+ " '1 millisecond', d, 1 FROM (SELECT a, (a - 1) / " + STEPS + " + 1 AS i, (a - 1) % " + STEPS
				+ " AS k, TIMESTAMP '2023-04-01' + ((a - 1) / " + STEPS + " + 1) * INTERVAL '15 minutes' + ((a - 1) % "
				+ STEPS + ") * INTERVAL '2 days' AS s, (random() * 2 * 86400000)::bigint AS d FROM generate_series(1, "
				+ INSTANCES * STEPS + ") a) x JOIN defs ON defs.n = i % 5");
		jdbc.update("INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_,"
				+ " EXECUTION_ID_, ACT_INST_ID_, NAME_, START_TIME_, END_TIME_, DURATION_, DUE_DATE_, TASK_STATE_)"
				+ " SELECT TASK_ID_, ACT_ID_, PROC_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_, EXECUTION_ID_, ID_, ACT_NAME_,"
				+ " START_TIME_, END_TIME_, DURATION_, START_TIME_ + INTERVAL '1 day', 'Completed' FROM ACT_HI_ACTINST"
				+ " WHERE TASK_ID_ IS NOT NULL");
		jdbc.update("INSERT INTO ACT_HI_IDENTITYLINK (ID_, TIMESTAMP_, TYPE_, GROUP_ID_, TASK_ID_, OPERATION_TYPE_,"
				+ " PROC_DEF_KEY_) SELECT 'lc' || ID_, START_TIME_, 'candidate', 'group-' || (abs(hashtext(ID_)) % 8),"
				+ " ID_, 'add', PROC_DEF_KEY_ FROM ACT_HI_TASKINST");
		jdbc.update("INSERT INTO ACT_HI_IDENTITYLINK (ID_, TIMESTAMP_, TYPE_, USER_ID_, TASK_ID_, OPERATION_TYPE_,"
				+ " PROC_DEF_KEY_) SELECT 'la' || ID_, START_TIME_ + (DURATION_ * random())::bigint * INTERVAL"
				+ " '1 millisecond', 'assignee', 'user', ID_, 'add', PROC_DEF_KEY_ FROM ACT_HI_TASKINST WHERE"
				+ " random() < 0.9");
		jdbc.execute("VACUUM ANALYZE");
	}

}
