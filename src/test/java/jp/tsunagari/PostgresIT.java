package jp.tsunagari;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;


import jp.tsunagari.evaluation.ProgrammeLoadingClient;
import jp.tsunagari.evaluation.SelfEvaluation;
import jp.tsunagari.system.EmbeddedPostgresServer;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production configuration on a real PostgreSQL (an embedded server from Maven Central, no Docker): the schema
 * comes from Camunda's Liquibase changelog, the engine does not touch it, every model deploys, nothing but the
 * administrator and the directory's users is created, and the self-evaluation runs to its end with the real worker
 * signing in to the REST API with the production worker account.
 */
// the REST API finds the engine by name in a JVM-wide registry: a context kept in the test cache would lose it
// when another test's context closes, so each whole-application test closes its own
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class PostgresIT {

	private static final String WORKER_PASSWORD = "Gaibu-Task-2026!";

	private static final EmbeddedPostgresServer.Database postgres = EmbeddedPostgresServer.newDatabase();

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private JdbcTemplate jdbc;

	@LocalServerPort
	private int port;

	@Autowired
	@Qualifier("loadEvaluationProgrammesWorker")
	private ExternalTaskHandler loadProgrammesWorker;

	@DynamicPropertySource
	static void production(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", postgres::jdbcUrl);
		registry.add("spring.datasource.username", () -> EmbeddedPostgresServer.USER);
		registry.add("spring.datasource.password", () -> "postgres");
		registry.add("tsunagari.admin.username", () -> "admin");
		registry.add("tsunagari.admin.password", () -> "Kanri-Pass-2026!");
		registry.add("tsunagari.worker.username", () -> "worker");
		registry.add("tsunagari.worker.password", () -> WORKER_PASSWORD);
		registry.add("camunda.bpm.job-execution.enabled", () -> false);
		registry.add("tsunagari.directory.file", () -> "classpath:directory/small-town-production.yaml");
		registry.add("camunda.bpm.client.disable-auto-fetching", () -> true);
	}

	@Test
	void theSchemaComesFromLiquibaseAndEveryModelDeploys() {
		assertThat(jdbc.queryForObject("select count(*) from databasechangelog", Integer.class)).isPositive();
		assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 16");
		assertThat(engine.getProcessEngineConfiguration().getDatabaseSchemaUpdate()).isEqualTo("false");
		List<String> deployed = engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.latestVersion()
			.list()
			.stream()
			.map(ProcessDefinition::getKey)
			.toList();
		assertThat(deployed).containsExactlyInAnyOrderElementsOf(modelKeys());
	}

	@Test
	void theClaimIndexOfTheAnalyticsIsAPartialIndexOnTheHistoryOfIdentityLinks() {
		String definition = jdbc.queryForObject(
				"select indexdef from pg_indexes where indexname = 'tsg_idx_hi_ident_lnk_claim'", String.class);
		assertThat(definition).contains("act_hi_identitylink").contains("WHERE").contains("'assignee'");
	}

	@Test
	void onlyTheSystemAccountsAndTheDirectoryUsersExistWithoutKnownPasswords() {
		assertThat(engine.getIdentityService().createUserQuery().list()).extracting(User::getId)
			.containsExactlyInAnyOrder("admin", "worker", "aoki");
		assertThat(engine.getIdentityService().checkPassword("admin", "Kanri-Pass-2026!")).isTrue();
		// outside the demo, a user of the file has no password anybody knows
		assertThat(engine.getIdentityService().checkPassword("aoki", "aoki")).isFalse();
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike("%-2020").count())
			.as("no demo data").isZero();
	}

	@Test
	void theSelfEvaluationRunsToItsEnd() throws InterruptedException {
		ProcessInstance evaluation = engine.getRuntimeService()
			.startProcessInstanceByKey(SelfEvaluation.PROCESS_KEY, Variables.createVariables()
				.putValue(SelfEvaluation.FISCAL_YEAR, 2020)
				.putValue(SelfEvaluation.SUBMISSION_DEADLINE, "2021-06-30"));

		runWorkerUntil(() -> tasks(evaluation, SelfEvaluation.TASK_WRITE_SHEET).size() == 38);
		for (Task sheet : tasks(evaluation, SelfEvaluation.TASK_WRITE_SHEET)) {
			engine.getFormService().submitTaskForm(sheet.getId(), sheetAnswers());
		}
		for (Task review : tasks(evaluation, SelfEvaluation.TASK_REVIEW_SHEET)) {
			engine.getFormService()
				.submitTaskForm(review.getId(), Variables.createVariables().putValue(SelfEvaluation.SHEET_ACCEPTED, true));
		}
		ManagementService management = engine.getManagementService();
		management.executeJob(management.createJobQuery().processInstanceId(evaluation.getId()).singleResult().getId());
		engine.getFormService()
			.submitTaskForm(tasks(evaluation, SelfEvaluation.TASK_COUNCIL_EVALUATION).get(0).getId(),
					Variables.createVariables()
						.putValue(SelfEvaluation.COUNCIL_RATING, "B")
						.putValue(SelfEvaluation.COUNCIL_COMMENT, "適切に実施された。"));
		engine.getFormService()
			.submitTaskForm(tasks(evaluation, SelfEvaluation.TASK_PUBLISH_RESULTS).get(0).getId(),
					Variables.createVariables()
						.putValue(SelfEvaluation.PUBLICATION_DATE, "2021-09-30")
						.putValue(SelfEvaluation.PUBLICATION_URL, "https://www.city.example.jp/hyoka.html"));

		HistoricProcessInstance finished = engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceId(evaluation.getId())
			.singleResult();
		assertThat(finished.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
		assertThat(finished.getEndActivityId()).isEqualTo(SelfEvaluation.END_EVENT);
		assertThat(engine.getHistoryService()
			.createHistoricTaskInstanceQuery()
			.processInstanceId(evaluation.getId())
			.taskDefinitionKey(SelfEvaluation.TASK_WRITE_SHEET)
			.count()).isEqualTo(38);
	}

	/** Answers of one sheet, typed as Tasklist sends them (checklists as Json). */
	private static VariableMap sheetAnswers() {
		return Variables.createVariables()
			.putValueTyped(SelfEvaluation.TARGET_GROUPS, SpinValues.jsonValue("[\"COMMUNITY_ACTORS\"]").create())
			.putValue(SelfEvaluation.ANNUAL_STATUS, "講習会を実施した。")
			.putValue(SelfEvaluation.SETTLED_COST_KYEN, 1000)
			.putValue(SelfEvaluation.NEXT_YEAR_BUDGET_KYEN, 1200)
			.putValue(SelfEvaluation.ISSUES_NEXT_STEPS, "担い手の若返りを図る。")
			.putValue(SelfEvaluation.COOP_COMMUNITY_ACTORS, "1")
			.putValue(SelfEvaluation.COOP_CROSS_DEPARTMENT, "1")
			.putValueTyped(SelfEvaluation.PARTNERS_ACHIEVED, SpinValues.jsonValue("[\"1\"]").create())
			.putValueTyped(SelfEvaluation.PARTNERS_NOT_ACHIEVED, SpinValues.jsonValue("[]").create());
	}

	/** The application's worker bean, subscribed by a client of our own signing in as the production worker. */
	private void runWorkerUntil(BooleanSupplier done) throws InterruptedException {
		ProgrammeLoadingClient.runUntil(port, "worker", WORKER_PASSWORD, loadProgrammesWorker, Duration.ofSeconds(60),
				done);
	}

	private List<Task> tasks(ProcessInstance instance, String taskKey) {
		return engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(taskKey)
			.list();
	}

	/** Process keys are file names in processes/. */
	static List<String> modelKeys() {
		File[] models = new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"));
		return models == null ? List.of()
				: Arrays.stream(models).map(file -> file.getName().replace(".bpmn", "")).toList();
	}

}
