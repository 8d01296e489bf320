package jp.tsunagari.directory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import jp.tsunagari.forms.FormValidationPlugin;
import jp.tsunagari.system.SignedInGroupsAuthorizationPlugin;
import jp.tsunagari.system.TaskTitlePlugin;

/**
 * Not a test: a rerunnable harness (`mvn -Pbenchmark verify -Dit.test=ClaimAndCompleteBenchmark`). On one embedded
 * PostgreSQL 16 server with {@code synchronous_commit} and {@code fsync} on (zonky turns them off), 50 staff users of 10 departments
 * each loop as the Tasklist does: list 部署のタスク (first page), claim an unclaimed task, complete it with its form's
 * fields; who completes a procedure's last step starts the next one. The procedure has three user tasks with a Camunda
 * Form each. The same run measures Camunda's defaults (no authorization checks, no plugins), our configuration
 * (authorization checks with historic-instance permissions, our engine plugins and settings) and the tuning candidates, each on a fresh database, then pgbench's TPC-B-like load on the same server as
 * its commit ceiling. Writes target/benchmarks/claim-and-complete.md.
 */
class ClaimAndCompleteBenchmark {

	private static final int USERS = Integer.getInteger("load.benchmark.users", 50);

	private static final int DEPARTMENTS = 10;

	private static final int OPEN_PER_DEPARTMENT = 30;

	private static final int SECONDS = Integer.getInteger("load.benchmark.seconds", 60);

	private static final int WARM_UP_SECONDS = Integer.getInteger("load.benchmark.warm-up-seconds", 15);

	private static final int PGBENCH_SECONDS = Integer.getInteger("load.benchmark.pgbench-seconds", 30);

	private static final String PROCESS = "department-procedure";

	/** The embedded server's superuser (its password is not checked). */
	private static final String SUPERUSER = "postgres";

	private static final Map<String, Object> FORM_FIELDS = Map.of("note", "確認しました", "hours", 2);

	/** One configuration of the engine under the load. */
	record Setup(String name, boolean ours, String removalTimeStrategy, int poolSize) {
	}

	private static final List<Setup> SETUPS = List.of(new Setup("Camunda's defaults", false, "end", 10),
			new Setup("ours", true, "end", 10),
			new Setup("ours, history removal time from the start", true, "start", 10),
			new Setup("ours, pool of 20 connections", true, "end", 20));

	private final BenchmarkReport lines = new BenchmarkReport("claim-and-complete");

	@Test
	void fiftyStaffUsersClaimAndCompleteOursAgainstCamundaDefaults() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("fsync", "on")
			.setServerConfig("max_connections", "300")
			.start()) {
			JdbcTemplate server = new JdbcTemplate(postgres.getPostgresDatabase());
			lines.add("Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, "
					+ server.queryForObject("SELECT version()", String.class) + ", synchronous_commit "
					+ server.queryForObject("SHOW synchronous_commit", String.class) + ", fsync "
					+ server.queryForObject("SHOW fsync", String.class) + "; " + USERS + " users, " + DEPARTMENTS
					+ " departments, " + WARM_UP_SECONDS + " s warm-up then " + SECONDS + " s measured per row");
			server.execute("CREATE DATABASE pgbench");
			lines.add(pgbench(postgres.getPort()));
			lines.add("");
			lines.add("| configuration | tasks completed/s | ratio | list p50/p95 (ms) | claim p50/p95 (ms) |"
					+ " complete p50/p95 (ms) | claims lost to another user | calls failed | commits/s | load avg |");
			lines.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
			double baseline = 0;
			int database = 0;
			for (Setup setup : SETUPS) {
				String name = "load_" + ++database;
				server.execute("CREATE DATABASE " + name);
				double throughput = run(setup, postgres, name, server, baseline);
				if (baseline == 0) {
					baseline = throughput;
				}
			}
		}
	}

	private double run(Setup setup, EmbeddedPostgres postgres, String database, JdbcTemplate server, double baseline)
			throws Exception {
		try (HikariDataSource dataSource = new HikariDataSource()) {
			dataSource.setJdbcUrl(postgres.getJdbcUrl(SUPERUSER, database));
			dataSource.setUsername(SUPERUSER);
			dataSource.setMaximumPoolSize(setup.poolSize());
			dataSource.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
			ProcessEngine engine = engine(setup, dataSource);
			try {
				String filterId = prepare(engine, setup);
				return drive(engine, filterId, setup, server, database, baseline);
			}
			finally {
				engine.close();
			}
		}
	}

	private static ProcessEngine engine(Setup setup, HikariDataSource dataSource) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
			.createStandaloneProcessEngineConfiguration()
			.setProcessEngineName("load-" + setup.name().hashCode())
			.setDataSource(dataSource)
			.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
			.setHistory(ProcessEngineConfiguration.HISTORY_FULL)
			.setJobExecutorActivate(false);
		configuration.setDbMetricsReporterActivate(false);
		// as the Spring Boot starter (camunda.bpm.id-generator: strong): Camunda's standalone default fetches id
		// blocks on a second connection, which starved a pool of 10 under 50 users (claims waited 60 s)
		configuration.setIdGenerator(new StrongUuidGenerator());
		configuration.setHistoryRemovalTimeStrategy(setup.removalTimeStrategy());
		if (setup.ours()) {
			// application.yaml and the engine plugins of the application that apply to any model
			configuration.setAuthorizationEnabled(true);
			configuration.setEnableHistoricInstancePermissions(true);
			configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
			configuration.setProcessEnginePlugins(List.<ProcessEnginePlugin>of(new SignedInGroupsAuthorizationPlugin(),
					new TaskTitlePlugin(), new FormValidationPlugin()));
		}
		return configuration.buildProcessEngine();
	}

	/** Deploys the procedure, creates the filters and grants, opens the first procedures; the filter's id. */
	private static String prepare(ProcessEngine engine, Setup setup) {
		BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
			.camundaHistoryTimeToLive(1825)
			.startEvent()
			.userTask("step1")
			.camundaCandidateGroups("${group}")
			.camundaFormRef("department-step")
			.camundaFormRefBinding("deployment")
			.userTask("step2")
			.camundaCandidateGroups("${group}")
			.camundaFormRef("department-step")
			.camundaFormRefBinding("deployment")
			.userTask("step3")
			.camundaCandidateGroups("${group}")
			.camundaFormRef("department-step")
			.camundaFormRefBinding("deployment")
			.endEvent()
			.done();
		engine.getRepositoryService()
			.createDeployment()
			.addModelInstance(PROCESS + ".bpmn", model)
			.addClasspathResource("load/department-step.form")
			.deploy();
		new TasklistFilters(engine.getFilterService(), engine.getTaskService(), engine.getAuthorizationService())
			.ensure(List.of());
		if (setup.ours()) {
			for (int d = 1; d <= DEPARTMENTS; d++) {
				// what a staff department with `starts: [the process]` holds (GroupAuthorizations)
				grant(engine, department(d), Resources.PROCESS_DEFINITION, PROCESS, Permissions.READ,
						Permissions.CREATE_INSTANCE);
				grant(engine, department(d), Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
			}
		}
		for (int d = 1; d <= DEPARTMENTS; d++) {
			for (int i = 0; i < OPEN_PER_DEPARTMENT; i++) {
				start(engine, d);
			}
		}
		return engine.getFilterService().createFilterQuery().filterName("部署のタスク").singleResult().getId();
	}

	private static void grant(ProcessEngine engine, String group, Resources resource, String resourceId,
			Permissions... permissions) {
		Authorization authorization = engine.getAuthorizationService()
			.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(group);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		for (Permissions permission : permissions) {
			authorization.addPermission(permission);
		}
		engine.getAuthorizationService().saveAuthorization(authorization);
	}

	private static void start(ProcessEngine engine, int department) {
		engine.getRuntimeService()
			.startProcessInstanceByKey(PROCESS,
					Map.of("group", department(department), "title", "負荷試験 " + department(department)));
	}

	private double drive(ProcessEngine engine, String filterId, Setup setup, JdbcTemplate jdbc, String database,
			double baseline) throws Exception {
		Map<String, List<Double>> samples = new ConcurrentHashMap<>();
		AtomicLong completed = new AtomicLong();
		AtomicLong lost = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long measureFrom = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
		long until = measureFrom + SECONDS * 1_000_000_000L;
		ExecutorService users = Executors.newFixedThreadPool(USERS);
		List<Future<?>> running = new ArrayList<>();
		for (int u = 0; u < USERS; u++) {
			int department = u % DEPARTMENTS + 1;
			String user = "staff-%02d".formatted(u + 1);
			running.add(users.submit(() -> {
				engine.getIdentityService().setAuthentication(user, List.of(department(department)));
				while (System.nanoTime() < until) {
					boolean measured = System.nanoTime() >= measureFrom;
					try {
						long t0 = System.nanoTime();
						List<Task> page = engine.getFilterService()
							.listPage(filterId, engine.getTaskService().createTaskQuery().orderByTaskCreateTime().asc(), 0,
									15);
						record(samples, measured, "list", t0);
						List<Task> open = page.stream().filter(task -> task.getAssignee() == null).toList();
						if (open.isEmpty()) {
							start(engine, department);
							continue;
						}
						Task task = open.get(ThreadLocalRandom.current().nextInt(open.size()));
						long t1 = System.nanoTime();
						try {
							engine.getTaskService().claim(task.getId(), user);
						}
						catch (TaskAlreadyClaimedException | OptimisticLockingException | NullValueException ex) {
							// another user of the department claimed (or completed) it first
							if (measured) {
								lost.incrementAndGet();
							}
							continue;
						}
						record(samples, measured, "claim", t1);
						long t2 = System.nanoTime();
						engine.getTaskService().complete(task.getId(), FORM_FIELDS);
						record(samples, measured, "complete", t2);
						if (measured) {
							completed.incrementAndGet();
						}
						if ("step3".equals(task.getTaskDefinitionKey())) {
							start(engine, department);
						}
					}
					catch (RuntimeException ex) {
						// e.g. no connection within the pool's timeout on an overloaded machine: counted, not fatal
						if (measured) {
							failed.incrementAndGet();
						}
					}
				}
				engine.getIdentityService().clearAuthentication();
				return null;
			}));
		}
		Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
		long commitsAtStart = commits(jdbc, database);
		for (Future<?> user : running) {
			user.get();
		}
		long commits = commits(jdbc, database) - commitsAtStart;
		users.shutdown();
		double throughput = completed.get() / (double) SECONDS;
		double ratio = baseline == 0 ? 1 : throughput / baseline;
		lines.add("| %s | %.1f | %.2f | %s | %s | %s | %d | %d | %.0f | %s |".formatted(setup.name(), throughput,
				ratio, percentiles(samples.get("list")), percentiles(samples.get("claim")),
				percentiles(samples.get("complete")), lost.get(), failed.get(), commits / (double) SECONDS,
				BenchmarkReport.loadAverage()));
		return throughput;
	}

	private static void record(Map<String, List<Double>> samples, boolean measured, String operation, long start) {
		if (measured) {
			samples.computeIfAbsent(operation, key -> Collections.synchronizedList(new ArrayList<>()))
				.add((System.nanoTime() - start) / 1_000_000d);
		}
	}

	private static String percentiles(List<Double> values) {
		if (values == null || values.isEmpty()) {
			return "–";
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(sorted);
		return "%.0f / %.0f".formatted(sorted[(int) Math.ceil(0.5 * sorted.length) - 1],
				sorted[(int) Math.ceil(0.95 * sorted.length) - 1]);
	}

	private static long commits(JdbcTemplate jdbc, String database) {
		return jdbc.queryForObject("SELECT xact_commit FROM pg_stat_database WHERE datname = ?", Long.class,
				database);
	}

	/** pgbench's TPC-B-like load (scale 10, 16 clients) on the same server: the commit ceiling. */
	private static String pgbench(int port) throws IOException, InterruptedException {
		String host = "localhost";
		run(List.of("pgbench", "-i", "-q", "-s", "10", "-h", host, "-p", String.valueOf(port), "-U",
				SUPERUSER, "pgbench"));
		String output = run(List.of("pgbench", "-c", "16", "-j", "2", "-T", String.valueOf(PGBENCH_SECONDS), "-h",
				host, "-p", String.valueOf(port), "-U", SUPERUSER, "pgbench"));
		Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
		return "pgbench TPC-B-like, scale 10, 16 clients, " + PGBENCH_SECONDS + " s, same server: "
				+ (tps.find() ? tps.group(1) + " transactions/s" : "no figure: " + output) + " (load avg "
				+ BenchmarkReport.loadAverage() + ")";
	}

	private static String run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
		}
		return output;
	}

	private static String department(int department) {
		return "dept-%02d".formatted(department);
	}

}
