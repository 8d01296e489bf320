package jp.tsunagari.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import jp.tsunagari.survey.SurveyRollout;

/**
 * A REST client that skips the form is held to it: the survey's start and plan forms over the engine REST API,
 * as 社会課 staff (sato). Missing or wrong fields get HTTP 400 naming them in Japanese, and nothing is kept.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class FormValidationIT {

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private TestRestTemplate rest;

	@Test
	void theRestApiRefusesWhatTheFormWouldRefuseAndAcceptsTheCompleteForm() {
		long surveysBefore = surveys();
		ResponseEntity<JsonNode> untitled = post("/engine-rest/process-definition/key/survey-rollout/submit-form",
				"{\"variables\": {\"surveyTitle\": {\"value\": \"\"}}}");
		assertThat(untitled.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(untitled.getBody().path("message").asText()).contains("「調査名」(surveyTitle) は必須です");
		// the plain start endpoint too (Camunda answers it with 500 for any engine exception)
		ResponseEntity<JsonNode> untitledStart = post("/engine-rest/process-definition/key/survey-rollout/start",
				"{\"variables\": {}}");
		assertThat(untitledStart.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(untitledStart.getBody().path("message").asText()).contains("(surveyTitle)");
		assertThat(surveys()).isEqualTo(surveysBefore);

		ResponseEntity<JsonNode> started = post("/engine-rest/process-definition/key/survey-rollout/submit-form",
				"{\"variables\": {\"surveyTitle\": {\"value\": \"孤独・孤立に関する調査\"}}}");
		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
		String surveyId = started.getBody().path("id").asText();
		Task plan = engine.getTaskService().createTaskQuery().processInstanceId(surveyId)
			.taskDefinitionKey(SurveyRollout.TASK_DRAFT_PLAN).singleResult();

		// 委託 chosen, the contract fields the form then shows and requires left out
		String withoutContract = plan("\"surveyExecution\": {\"value\": \"OUTSOURCED\"}");
		ResponseEntity<JsonNode> refused = post("/engine-rest/task/" + plan.getId() + "/submit-form", withoutContract);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().path("message").asText())
			.contains("「委託する業務の内容」(contractContent) は必須です", "(contractBudgetYen)", "(contractPeriodStart)",
					"(contractPeriodEnd)", "(contractKickOffDueDate)");
		// the same through complete, which skips the form handler
		assertThat(post("/engine-rest/task/" + plan.getId() + "/complete", withoutContract).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		// the task stays open and none of the submitted variables was kept
		assertThat(engine.getTaskService().createTaskQuery().taskId(plan.getId()).count()).isOne();
		assertThat(engine.getRuntimeService().getVariables(surveyId)).doesNotContainKeys("surveyExecution",
				"surveyPurpose");
		// the inquiry keeps the empty list the start gave it, not the departments of the refused plan
		assertThat(engine.getRuntimeService().getVariable(surveyId, "inquiryGroups")).hasToString("[]");

		String complete = plan("""
				"surveyExecution": {"value": "OUTSOURCED"},
				"contractContent": {"value": "調査票の設計支援、発送・回収、集計・分析、報告書の作成"},
				"contractBudgetYen": {"value": 4000000, "type": "Long"},
				"contractPeriodStart": {"value": "%s"},
				"contractPeriodEnd": {"value": "%s"},
				"contractKickOffDueDate": {"value": "%s"}""".formatted(LocalDate.now().plusDays(7),
				LocalDate.now().plusMonths(6), LocalDate.now().plusDays(14)));
		assertThat(post("/engine-rest/task/" + plan.getId() + "/submit-form", complete).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(engine.getTaskService().createTaskQuery().processInstanceId(surveyId).list())
			.extracting(Task::getTaskDefinitionKey).contains(SurveyRollout.TASK_IMPORT_RECIPIENTS);
	}

	/** The plan form's fields as Tasklist sends them, plus these. */
	private static String plan(String more) {
		return """
				{"variables": {
				  "surveyTitle": {"value": "孤独・孤立に関する調査"},
				  "surveyPurpose": {"value": "支援団体の活動とニーズを把握する"},
				  "targetPopulation": {"value": "市内の支援団体"},
				  "questionnaireId": {"value": "support-organisations"},
				  "surveyMethod": {"value": "mail-email-web"},
				  "responseDeadline": {"value": "%s"},
				  "preHearingPlanned": {"value": false},
				  "inquiryGroups": {"value": "[\\"disaster-reduction\\"]", "type": "Json"},
				  %s}}""".formatted(LocalDate.now().plusDays(30), more);
	}

	private ResponseEntity<JsonNode> post(String path, String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return rest.withBasicAuth("sato", "sato").postForEntity(path, new HttpEntity<>(json, headers), JsonNode.class);
	}

	private long surveys() {
		return engine.getRuntimeService().createProcessInstanceQuery()
			.processDefinitionKey(SurveyRollout.PROCESS_KEY).count();
	}

}
