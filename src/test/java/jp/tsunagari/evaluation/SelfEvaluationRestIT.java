package jp.tsunagari.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The self-evaluation in the whole application, over HTTP as its clients use it: the worker (account worker of the
 * demo directory) loads the programmes through the REST API with the external-task client, and staff fill and
 * review a sheet with the REST calls Tasklist makes (form variables, submit-form with Json checklists).
 */
// the REST API finds the engine by name in a JVM-wide registry: a context kept in the test cache would lose it
// when another test's context closes, so each whole-application test closes its own
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@ActiveProfiles({ "demo", "test" })
class SelfEvaluationRestIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	private int port;

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private LoadEvaluationProgrammesWorker worker;

	@Autowired
	private TestRestTemplate rest;

	@Test
	void theWorkerLoadsTheProgrammesAndStaffFillAndReviewASheetThroughTheRestApi() throws Exception {
		ProcessInstance evaluation = engine.getRuntimeService()
			.startProcessInstanceByKey(SelfEvaluation.PROCESS_KEY,
					Map.of(SelfEvaluation.FISCAL_YEAR, 2020, SelfEvaluation.SUBMISSION_DEADLINE, "2021-06-30"));

		runWorkerUntil(() -> sheets(evaluation).size() == 38);

		Task disasterSheet = sheets(evaluation).stream()
			.filter(task -> "1".equals(programmeOf(task).get("id")))
			.findFirst()
			.orElseThrow();
		assertThat(engine.getTaskService().getIdentityLinksForTask(disasterSheet.getId()))
			.extracting(IdentityLink::getGroupId)
			.containsExactly("disaster-reduction");

		// what Tasklist loads: the programme as JSON it can parse, the checklist declared as a Json variable
		TestRestTemplate sasaki = rest.withBasicAuth("sasaki", "sasaki");
		JsonNode shown = JSON.readTree(sasaki.getForObject(
				"/engine-rest/task/{id}/form-variables?deserializeValues=false", String.class, disasterSheet.getId()));
		assertThat(shown.path("programme").path("valueInfo").path("serializationDataFormat").asText())
			.isEqualTo("application/json");
		assertThat(JSON.readTree(shown.path("programme").path("value").asText()).path("name").asText())
			.isEqualTo("地域防災リーダー養成・支援事業");
		assertThat(shown.path("partnersAchieved").path("type").asText()).isEqualTo("Json");
		assertThat(shown.path("fiscalYearLabel").path("value").asText()).isEqualTo("令和2年度");

		// what Tasklist sends: primitives untyped, a checklist with the type of the variable it loaded
		assertThat(post(sasaki, "/engine-rest/task/" + disasterSheet.getId() + "/submit-form", Map.of("variables", Map.of(
				"targetGroups", Map.of("type", "Json", "value", "[\"COMMUNITY_ACTORS\"]"),
				"annualStatus", Map.of("value", "ＳＢＬ各区バックアップ講習会参加者　319名"),
				"settledCostKyen", Map.of("value", 1546),
				"nextYearBudgetKyen", Map.of("value", 5686),
				"issuesNextSteps", Map.of("value", "平均年齢の若返りや女性比率の向上に向けて、新たな取り組みを図る。"),
				"coopCommunityActors", Map.of("value", "1"),
				"coopCrossDepartment", Map.of("value", "1"),
				"partnersAchieved", Map.of("type", "Json", "value", "[\"1\",\"8\",\"12\"]"),
				"partnersNotAchieved", Map.of("type", "Json", "value", "[]"),
				"cityDepartmentNames", Map.of("value", "健康福祉局、消防局")))))
			.isEqualTo(HttpStatus.NO_CONTENT);

		Task review = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(evaluation.getId())
			.taskDefinitionKey(SelfEvaluation.TASK_REVIEW_SHEET)
			.singleResult();
		TestRestTemplate suzuki = rest.withBasicAuth("suzuki", "suzuki");
		assertThat(post(sasaki, "/engine-rest/task/" + review.getId() + "/submit-form",
				Map.of("variables", Map.of("sheetAccepted", Map.of("value", true)))))
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post(suzuki, "/engine-rest/task/" + review.getId() + "/submit-form",
				Map.of("variables", Map.of("sheetAccepted", Map.of("value", true)))))
			.isEqualTo(HttpStatus.NO_CONTENT);

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> accepted = (List<Map<String, Object>>) engine.getRuntimeService()
			.getVariable(evaluation.getId(), SelfEvaluation.ACCEPTED_SHEETS);
		assertThat(accepted).singleElement()
			.satisfies(sheet -> assertThat(sheet).containsEntry("programmeId", "1")
				.containsEntry("section", "危機管理局減災推進課")
				.containsEntry("partnersAchieved", List.of("1", "8", "12")));
		engine.getRuntimeService().deleteProcessInstance(evaluation.getId(), "test finished");
	}

	/** The real worker bean, subscribed by a client of our own: the application's client does not poll in tests. */
	private void runWorkerUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
		ProgrammeLoadingClient.runUntil(port, "worker", "worker", worker, Duration.ofSeconds(30), done);
	}

	private List<Task> sheets(ProcessInstance evaluation) {
		return engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(evaluation.getId())
			.taskDefinitionKey(SelfEvaluation.TASK_WRITE_SHEET)
			.list();
	}

	private Map<?, ?> programmeOf(Task task) {
		return (Map<?, ?>) engine.getTaskService().getVariable(task.getId(), SelfEvaluation.PROGRAMME);
	}

	private static HttpStatus post(TestRestTemplate client, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return HttpStatus.valueOf(client.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class)
			.getStatusCode()
			.value());
	}

}
