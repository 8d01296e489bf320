package jp.tsunagari.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import jp.tsunagari.system.SignedInGroupsAuthorizationPlugin;

/**
 * Not a test: a rerunnable harness (`mvn -Pbenchmark verify -Dit.test=TasklistAuthorizationBenchmark`). On an
 * embedded PostgreSQL 16 it opens 50,000 tasks (one per instance, candidate group one of 50 departments: one task
 * through the engine, the rest copies of its rows, the engine's TASK and HISTORIC_TASK grants included), adds 100,000 per-case grants (READ on
 * the instance and its history for another department) and then, step by step, the historic grants that ended
 * tasks and cases leave until history clean-up (a city's years). At each size it times, for a staff user and for an
 * administrator holding the same department (same tasks listed; camunda-admin's wildcard grants pass the checks),
 * the Tasklist's calls: the 部署のタスク filter's count and first page, and the task count, with Camunda's defaults
 * and with each of our settings. Writes target/benchmarks/tasklist-authorization.md.
 */
class TasklistAuthorizationBenchmark {

	private static final int TASKS = Integer.getInteger("tasklist.benchmark.tasks", 50_000);

	private static final int CASES = Integer.getInteger("tasklist.benchmark.cases", 50_000);

	private static final List<Integer> HISTORIC_ROWS = Arrays
		.stream(System.getProperty("tasklist.benchmark.historic-rows", "0,1000000").split(","))
		.map(Integer::valueOf)
		.toList();

	private static final int SAMPLES = Integer.getInteger("tasklist.benchmark.samples", 20);

	private static final String FILTER_COUNT = "部署のタスク count (/filter/{id}/count)";

	private static final String FILTER_PAGE = "部署のタスク first page of 15, newest first (/filter/{id}/list)";

	private static final String TASK_COUNT = "/task/count";

	/** /task/count checks every open task and took seconds a call on a loaded machine: -Dtasklist.benchmark.task-count=false. */
	private static final List<String> CALLS = Boolean
		.parseBoolean(System.getProperty("tasklist.benchmark.task-count", "true"))
			? List.of(FILTER_COUNT, FILTER_PAGE, TASK_COUNT) : List.of(FILTER_COUNT, FILTER_PAGE);

	/** Candidate indexes on Camunda's authorization table (not in the application: at 1.2 million rows they slowed the filter's count). */
	private static final List<String> INDEXES = List.of(
			"CREATE INDEX TSG_IDX_AUTH_USER_RESOURCE ON ACT_RU_AUTHORIZATION (USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_)",
			"CREATE INDEX TSG_IDX_AUTH_GROUP_RESOURCE ON ACT_RU_AUTHORIZATION (GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_)");

	private static final int GROUPS = 50;

	private static final int WARM_UP = 2;

	private final BenchmarkReport lines = new BenchmarkReport("tasklist-authorization");

	@Test
	void staffTasklistCallsAgainstAnAdministratorsAsGrantsGrow() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
			ProcessEngine camundaDefaults = engine("defaults", url, null);
			ProcessEngine revokesNever = engine("revokes-never", url, null);
			ProcessEngine ours = engine("ours", url, new SignedInGroupsAuthorizationPlugin());
			try {
				run(jdbc, camundaDefaults, revokesNever, ours);
			}
			finally {
				ours.close();
				revokesNever.close();
				camundaDefaults.close();
			}
		}
	}

	private static ProcessEngine engine(String name, String url, ProcessEnginePlugin plugin) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
			.createStandaloneProcessEngineConfiguration()
			.setProcessEngineName(name)
			.setJdbcUrl(url)
			.setJdbcUsername("postgres")
			.setJdbcPassword("postgres")
			.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
			.setHistory(ProcessEngineConfiguration.HISTORY_FULL)
			.setJobExecutorActivate(false)
			.setAuthorizationEnabled(true);
		configuration.setEnableHistoricInstancePermissions(true);
		configuration.setDbMetricsReporterActivate(false);
		if (!"defaults".equals(name)) {
			// what application.yaml sets (no REVOKE rows are ever written)
			configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
		}
		if (plugin != null) {
			configuration.setProcessEnginePlugins(List.of(plugin));
		}
		return configuration.buildProcessEngine();
	}

	private void run(JdbcTemplate jdbc, ProcessEngine camundaDefaults, ProcessEngine revokesNever,
			ProcessEngine ours) throws Exception {
		long start = System.nanoTime();
		String filterId = load(camundaDefaults, jdbc);
		lines.add("Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, "
				+ jdbc.queryForObject("SELECT version()", String.class) + "; load average at start "
				+ BenchmarkReport.loadAverage());
		lines.add("Open tasks: " + count(jdbc, "ACT_RU_TASK") + " over " + GROUPS + " departments; per-case grants: "
				+ 2 * CASES + "; loaded in " + (System.nanoTime() - start) / 1_000_000_000 + " s");
		int historic = 0;
		for (int target : HISTORIC_ROWS) {
			addHistoricGrants(jdbc, historic, target - historic);
			historic = target;
			jdbc.execute("ANALYZE ACT_RU_AUTHORIZATION");
			lines.add("");
			lines.add("### ACT_RU_AUTHORIZATION: " + count(jdbc, "ACT_RU_AUTHORIZATION") + " rows (" + historic
					+ " of them historic grants of ended tasks and cases)");
			lines.add("");
			lines.add("`SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION`: %.1f ms (median of 5)"
				.formatted(median(time(5, () -> jdbc.queryForList("SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION")))));
			lines.add("");
			lines.add("| configuration | call | staff p50 | staff p95 | admin p50 | admin p95 | staff/admin p95 |");
			lines.add("|---|---|---:|---:|---:|---:|---:|");
			INDEXES.forEach(jdbc::execute);
			jdbc.execute("ANALYZE ACT_RU_AUTHORIZATION");
			measure("revokes never + signed-in groups + candidate indexes", ours, filterId);
			measure("Camunda's defaults + candidate indexes", camundaDefaults, filterId);
			List.of("TSG_IDX_AUTH_USER_RESOURCE", "TSG_IDX_AUTH_GROUP_RESOURCE").forEach(name -> jdbc.execute("DROP INDEX " + name));
			jdbc.execute("ANALYZE ACT_RU_AUTHORIZATION");
			measure("Camunda's defaults", camundaDefaults, filterId);
			measure("ours: revokes never + signed-in groups", ours, filterId);
			measure("revokes never only", revokesNever, filterId);
		}
	}

	/**
	 * The Tasklist filters and the open tasks; returns the id of 部署のタスク. (Grants and checks need no identity rows:
	 * the measured calls name the user and groups.)
	 */
	private static String load(ProcessEngine engine, JdbcTemplate jdbc) throws Exception {
		new TasklistFilters(engine.getFilterService(), engine.getTaskService(), engine.getAuthorizationService())
			.ensure(List.of());
		// Camunda checks an administrator's queries too; camunda-admin passes them through its wildcard grants, as
		// the directory writes them (without these rows the "administrator" was a staff user with a spare group)
		for (Resources resource : List.of(Resources.TASK, Resources.PROCESS_DEFINITION, Resources.FILTER)) {
			Authorization all = engine.getAuthorizationService()
				.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			all.setGroupId(Groups.CAMUNDA_ADMIN);
			all.setResource(resource);
			all.setResourceId(Authorization.ANY);
			all.addPermission(Permissions.ALL);
			engine.getAuthorizationService().saveAuthorization(all);
		}
		engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("department-task.bpmn",
					Bpmn.createExecutableProcess("department-task")
						.camundaHistoryTimeToLive(1825)
						.startEvent()
						.userTask("work")
						.camundaCandidateGroups("${group}")
						.endEvent()
						.done())
			.deploy();
		// one task through the engine, then its rows copied with fresh ids and another department each: what the
		// engine writes for a task (execution, task, candidate-group link, TASK and HISTORIC_TASK grants) without
		// 50,000 engine calls
		String instanceId = engine.getRuntimeService()
			.startProcessInstanceByKey("department-task", Map.of("group", group(1)))
			.getId();
		String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getId();
		String department = "'dept-' || lpad(((s % " + GROUPS + ") + 1)::text, 2, '0')";
		copy(jdbc, "ACT_RU_EXECUTION", "ID_ = ?", instanceId,
				Map.of("ID_", "'x-' || s", "PROC_INST_ID_", "'x-' || s", "ROOT_PROC_INST_ID_", "'x-' || s"));
		copy(jdbc, "ACT_RU_TASK", "ID_ = ?", taskId,
				Map.of("ID_", "'t-' || s", "EXECUTION_ID_", "'x-' || s", "PROC_INST_ID_", "'x-' || s", "CREATE_TIME_",
						"T.CREATE_TIME_ - s * INTERVAL '1 minute'"));
		copy(jdbc, "ACT_RU_IDENTITYLINK", "TASK_ID_ = ?", taskId,
				Map.of("ID_", "'il-' || s", "TASK_ID_", "'t-' || s", "GROUP_ID_", department));
		copy(jdbc, "ACT_RU_AUTHORIZATION", "RESOURCE_ID_ = ?", taskId,
				Map.of("ID_", "'a-' || T.RESOURCE_TYPE_ || '-' || s", "RESOURCE_ID_", "'t-' || s", "GROUP_ID_",
						department, "ROOT_PROC_INST_ID_", "'x-' || s"));
		// per-case grants as CaseAccess writes them: READ on the instance and on its history, for another department
		jdbc.update("INSERT INTO ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_,"
				+ " PERMS_, ROOT_PROC_INST_ID_) SELECT 'case-' || r.t || '-' || e.ID_, 1, 1, 'dept-' || lpad(((abs("
				+ "hashtext(e.ID_)) % ?) + 1)::text, 2, '0'), r.t, e.ID_, 2, e.ID_ FROM (SELECT ID_ FROM ACT_RU_EXECUTION"
				+ " WHERE PARENT_ID_ IS NULL LIMIT ?) e CROSS JOIN (VALUES (?), (?)) r(t)", GROUPS, CASES,
				Resources.PROCESS_INSTANCE.resourceType(), Resources.HISTORIC_PROCESS_INSTANCE.resourceType());
		return engine.getFilterService().createFilterQuery().filterName("部署のタスク").singleResult().getId();
	}

	/** Copies the template row(s) TASKS - 1 times, s = 1, 2, …, replacing the given columns by expressions. */
	private static void copy(JdbcTemplate jdbc, String table, String where, String id,
			Map<String, String> replaced) {
		List<String> columns = jdbc.queryForList("SELECT UPPER(column_name) FROM information_schema.columns"
				+ " WHERE table_name = ? ORDER BY ordinal_position", String.class, table.toLowerCase());
		String values = columns.stream().map(c -> replaced.getOrDefault(c, "T." + c)).collect(Collectors.joining(", "));
		int copied = jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + values
				+ " FROM " + table + " T CROSS JOIN generate_series(1, ?) s WHERE T." + where, TASKS - 1, id);
		if (copied == 0) {
			throw new IllegalStateException("No template row in " + table);
		}
	}

	/**
	 * What ended tasks and cases leave until history clean-up: READ on a historic task for its department and its
	 * assignee, READ on a historic case for a department.
	 */
	private static void addHistoricGrants(JdbcTemplate jdbc, int from, int rows) {
		if (rows <= 0) {
			return;
		}
		jdbc.update("INSERT INTO ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_,"
				+ " RESOURCE_ID_, PERMS_, REMOVAL_TIME_, ROOT_PROC_INST_ID_) SELECT 'ended-' || s, 1, 1, CASE WHEN s % 3"
				+ " = 1 THEN NULL ELSE 'dept-' || lpad(((s % ?) + 1)::text, 2, '0') END, CASE WHEN s % 3 = 1 THEN 'staff-'"
				+ " || lpad(((s % ?) + 1)::text, 2, '0') END, CASE WHEN s % 3 = 2 THEN ? ELSE ? END, 'ended-resource-' ||"
				+ " s, 2, now() + interval '5 years', 'ended-case-' || (s / 6) FROM generate_series(?, ?) s", GROUPS,
				GROUPS, Resources.HISTORIC_PROCESS_INSTANCE.resourceType(), Resources.HISTORIC_TASK.resourceType(),
				from + 1, from + rows);
	}

	/** Staff user i of department i and the administrator holding the same department, alternately. */
	private void measure(String configuration, ProcessEngine engine, String filterId) {
		Map<String, java.util.function.Function<ProcessEngine, Object>> calls = Map.of(
				FILTER_COUNT, e -> e.getFilterService().count(filterId),
				FILTER_PAGE, e -> e.getFilterService()
					.listPage(filterId, e.getTaskService().createTaskQuery().orderByTaskCreateTime().desc(), 0, 15),
				TASK_COUNT, e -> e.getTaskService().createTaskQuery().count());
		for (String call : CALLS) {
			double[] staff = new double[SAMPLES];
			double[] admin = new double[SAMPLES];
			for (int i = -WARM_UP; i < SAMPLES; i++) {
				int department = Math.floorMod(i, GROUPS) + 1;
				double s = timeAs(engine, "staff-%02d".formatted(department), List.of(group(department)),
						() -> calls.get(call).apply(engine));
				double a = timeAs(engine, "demo", List.of(Groups.CAMUNDA_ADMIN, group(department)),
						() -> calls.get(call).apply(engine));
				if (i >= 0) {
					staff[i] = s;
					admin[i] = a;
				}
			}
			Arrays.sort(staff);
			Arrays.sort(admin);
			lines.add("| %s | %s | %.1f | %.1f | %.1f | %.1f | %.2f× |".formatted(configuration, call,
					percentile(staff, 50), percentile(staff, 95), percentile(admin, 50), percentile(admin, 95),
					percentile(staff, 95) / percentile(admin, 95)));
		}
	}

	private static double timeAs(ProcessEngine engine, String user, List<String> groups, Supplier<Object> call) {
		engine.getIdentityService().setAuthentication(user, groups);
		try {
			long start = System.nanoTime();
			call.get();
			return (System.nanoTime() - start) / 1_000_000d;
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	private static double[] time(int runs, Runnable call) {
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			call.run();
			millis[i] = (System.nanoTime() - start) / 1_000_000d;
		}
		return millis;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return percentile(sorted, 50);
	}

	private static double percentile(double[] sorted, int p) {
		return sorted[(int) Math.ceil(p / 100d * sorted.length) - 1];
	}

	private static String group(int department) {
		return "dept-%02d".formatted(department);
	}

	private static long count(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

}
