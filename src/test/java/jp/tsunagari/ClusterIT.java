package jp.tsunagari;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.tsunagari.system.EmbeddedPostgresServer;

/**
 * Two engine nodes on one PostgreSQL database: two application contexts (each with its own engine, job executor and
 * web server) started at the same moment on an empty database, with the demo profile. Both start; the schema, the
 * deployment, the directory (users, groups, memberships, grants, filters) and the demo data are made once (the
 * start-up lock); then every job of a model with async steps and timers, started on both nodes, runs exactly once
 * over both nodes' job executors.
 */
class ClusterIT {

	private static final EmbeddedPostgresServer.Database postgres = EmbeddedPostgresServer.newDatabase();

	private static final JdbcTemplate jdbc = new JdbcTemplate(postgres.dataSource());

	private static final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	private static final String JOB_MODEL = "cluster-jobs";

	/** What the test model's steps record; each must be there once. */
	private static final String[] JOB_STEPS = { "async-step", "after-timer", "last-step" };

	@BeforeAll
	static void startTwoNodesAtOnce() throws Exception {
		ExecutorService starting = Executors.newFixedThreadPool(2);
		try {
			List<Future<ConfigurableApplicationContext>> started = List.of(starting.submit(() -> node("node1")),
					starting.submit(() -> node("node2")));
			for (Future<ConfigurableApplicationContext> node : started) {
				nodes.add(node.get());
			}
		}
		finally {
			starting.shutdown();
		}
	}

	private static ConfigurableApplicationContext node(String name) {
		return new SpringApplicationBuilder(TsunagariApplication.class).profiles("postgres", "demo")
			.run("--spring.datasource.url=" + postgres.jdbcUrl(), "--spring.datasource.username=" + EmbeddedPostgresServer.USER,
					"--spring.datasource.password=postgres", "--server.port=0",
					// one engine per node as on separate machines; in one JVM they need their own names
					"--camunda.bpm.process-engine-name=" + name, "--camunda.bpm.job-execution.enabled=true",
					"--camunda.bpm.client.disable-auto-fetching=true",
					"--tsunagari.analytics.demo-history=classpath:analytics/cluster-demo-history.yaml");
	}

	@AfterAll
	static void stopNodes() {
		nodes.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void bothNodesStartAndTheDirectoryIsThereOnce() throws IOException {
		assertThat(nodes).hasSize(2).allMatch(ConfigurableApplicationContext::isActive);
		Map<String, List<?>> directory = demoDirectory();
		// one more group each for the administrators and the workers, one more user each for the system accounts
		assertThat(count("select count(*) from act_id_group")).isEqualTo(directory.get("organisations").size() + 2);
		assertThat(count("select count(*) from act_id_user")).isEqualTo(directory.get("users").size() + 2);
		assertThat(count("select count(*) from act_id_membership")).isEqualTo(memberships(directory) + 2);
		assertThat(jdbc.queryForList("select name_ from act_ru_filter group by name_ having count(*) > 1"))
			.as("filters made twice")
			.isEmpty();
		assertThat(jdbc.queryForList("select group_id_, resource_type_, resource_id_ from act_ru_authorization "
				+ "where group_id_ is not null group by group_id_, resource_type_, resource_id_ having count(*) > 1"))
			.as("grants made twice")
			.isEmpty();
	}

	@Test
	void theSchemaAndTheModelsAreDeployedOnce() {
		assertThat(count("select count(*) from databasechangelog"))
			.isPositive()
			.isEqualTo(count("select count(*) from (select distinct id, author, filename from databasechangelog) c"));
		assertThat(count("select count(*) from act_re_deployment where name_ <> '" + JOB_MODEL + "'")).isOne();
		assertThat(count("select count(*) from act_re_procdef where version_ > 1")).as("definitions deployed twice")
			.isZero();
	}

	@Test
	void theDemoDataIsSeededOnce() {
		assertThat(jdbc.queryForList("select text_ from act_hi_varinst where name_ = 'demoHistoryKey'", String.class))
			.as("the demo keys of the back-dated referral cases")
			.hasSize(6)
			.doesNotHaveDuplicates();
		assertThat(count("select count(*) from act_hi_procinst where business_key_ like '%（デモ）'"))
			.as("DemoSurvey's survey").isOne();
		assertThat(count("select count(*) from act_hi_procinst where business_key_ like '%（デモ・回答受付中）'"))
			.as("DemoOpenSurvey's survey").isOne();
		assertThat(count("select count(*) from act_hi_procinst p join act_re_procdef d on d.id_ = p.proc_def_id_ "
				+ "where d.key_ = 'self-evaluation' and exists (select 1 from act_hi_varinst v where v.proc_inst_id_ = p.id_ "
				+ "and v.name_ = 'fiscalYear' and v.long_ = 2020)")).as("DemoEvaluation's evaluation").isOne();
		assertThat(count("select count(*) from act_ru_incident")).isZero();
	}

	@Test
	void everyJobRunsExactlyOnceOverBothNodesJobExecutors() throws InterruptedException {
		ProcessEngine first = engine(0);
		first.getRepositoryService().createDeployment()
			.name(JOB_MODEL)
			.addModelInstance(JOB_MODEL + ".bpmn", jobModel())
			.deploy();
		int instances = 30;
		for (int i = 0; i < instances; i++) {
			engine(i % 2).getRuntimeService().startProcessInstanceByKey(JOB_MODEL);
		}
		long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
		while (first.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(JOB_MODEL).count() > 0
				&& System.nanoTime() < deadline) {
			Thread.sleep(500);
		}

		assertThat(first.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(JOB_MODEL).count())
			.as("instances still waiting").isZero();
		assertThat(StepRecorder.runs()).as("every step of every instance, run once").hasSize(instances * JOB_STEPS.length)
			.allSatisfy((step, runs) -> assertThat(runs).as(step).hasSize(1));
		assertThat(StepRecorder.runs().values().stream().flatMap(List::stream).distinct())
			.as("the nodes that ran them").containsExactlyInAnyOrder("node1", "node2");
		for (String step : JOB_STEPS) {
			assertThat(first.getHistoryService().createHistoricActivityInstanceQuery().activityId(step).count())
				.as("history of %s", step).isEqualTo(instances);
		}
	}

	/** Async service task, a one-second timer, another async service task: three jobs per instance. */
	private static BpmnModelInstance jobModel() {
		String recorder = StepRecorder.class.getName();
		return Bpmn.createExecutableProcess(JOB_MODEL)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.serviceTask("async-step").camundaAsyncBefore().camundaClass(recorder)
			.intermediateCatchEvent().timerWithDuration("PT1S")
			.serviceTask("after-timer").camundaClass(recorder)
			.serviceTask("last-step").camundaAsyncBefore().camundaClass(recorder)
			.endEvent()
			.done();
	}

	private static ProcessEngine engine(int node) {
		return nodes.get(node).getBean(ProcessEngine.class);
	}

	private static long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, List<?>> demoDirectory() throws IOException {
		try (InputStream yaml = new ClassPathResource("directory/demo-municipality.yaml").getInputStream()) {
			return new Yaml().load(yaml);
		}
	}

	@SuppressWarnings("unchecked")
	private static long memberships(Map<String, List<?>> directory) {
		return directory.get("users").stream().mapToLong(user -> ((List<?>) ((Map<String, ?>) user).get("groups")).size()).sum();
	}

}
