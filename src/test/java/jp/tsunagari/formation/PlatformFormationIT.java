package jp.tsunagari.formation;

import static jp.tsunagari.formation.PlatformFormation.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The formation in the whole application with the demo directory and authorizations on, every task submitted
 * through the REST calls Tasklist makes with the variables its forms set: 社会課 (sato) starts it, the managers
 * (kato) set the lead, the phases run to self-running with a member confirmed and a PF meeting recorded; the real
 * survey and symposium are started by the call activities with what the formation passes (the symposium planned
 * in the symposium's own start form). Others can neither start it nor see its tasks.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class PlatformFormationIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private ProcessEngine engine;

	@Test
	void theLeadSectionFormsAPlatformFromTheFirstStepToSelfRunning() throws Exception {
		TestRestTemplate sato = rest.withBasicAuth("sato", "sato");
		assertThat(start(rest.withBasicAuth("sasaki", "sasaki"), "formation-it-1")).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(start(sato, "formation-it-1")).isEqualTo(HttpStatus.OK);
		String id = instance("formation-it-1").getId();

		submit(rest.withBasicAuth("kato", "kato"), id, TASK_SET_LEAD, Map.of("leadDepartment", text("健康福祉局 社会課"),
				"leadPerson", text("佐藤 花子"), "leadReason", text("重層的支援体制整備事業の担当")));
		assertThat(rest.withBasicAuth("tanaka", "tanaka")
			.getForObject("/engine-rest/task/count?processInstanceId={id}", String.class, id)).contains("\"count\":0");
		submit(sato, id, TASK_GRASP_LOCAL_ISSUES, Map.of("issueSummary", text("支援団体とのつながりが弱い")));
		submit(sato, id, TASK_PICTURE_PLATFORM, Map.of("platformImage", text("2層構造"), PLATFORM_EXISTS, text(NONE),
				OPERATING_FORM, text(NEW)));
		submit(sato, id, TASK_PLAN_DETAILED_SURVEY, Map.of(DETAILED_SURVEY_METHOD, text(STUDY_SESSIONS),
				"studySessionPlan", text("月1回")));
		submit(sato, id, TASK_RECORD_STUDY_SESSIONS, Map.of("studySessionCount", Map.of("value", 3, "type", "Long"),
				"studySessionFindings", text("居場所が足りない")));
		submit(sato, id, TASK_DESIGN_STRUCTURE, Map.of("platformStructure", text("TWO_TIER"), "mainActivities",
				text("情報交換会"), "rulesStyle", text("PURPOSE_ONLY")));
		submit(sato, id, TASK_INVOLVE_PARTICIPANTS, Map.of("internalDepartments", text("子供家庭支援課"),
				REFERRED_ORGANISATIONS, text("（テスト）NPO法人つながり")));

		submit(sato, id, TASK_PLAN_PUBLICITY, Map.of(PUBLICITY_METHOD, text(OTHER), "publicityPlan", text("市政だより")));
		submit(sato, id, TASK_RECORD_PUBLICITY, Map.of("publicityChannels", Map.of("value", "[\"NEWSLETTER\"]",
				"type", "Json"), "publicityCarriedOutOn", text("2026-12-01")));
		JsonNode invitation = openTask(sato, id, TASK_CONFIRM_MEMBERSHIP);
		JsonNode variables = JSON.readTree(sato.getForObject("/engine-rest/task/{id}/form-variables", String.class,
				invitation.path("id").asText()));
		assertThat(variables.path(CANDIDATE_ORGANISATION).path("value").asText()).isEqualTo("（テスト）NPO法人つながり");
		submit(sato, id, TASK_CONFIRM_MEMBERSHIP, Map.of(MEMBERSHIP_CONFIRMED, Map.of("value", true, "type", "Boolean"),
				MEMBERSHIP_TIER, text("CORE")));
		submit(sato, id, TASK_DECIDE_ESTABLISHMENT, Map.of(ESTABLISHMENT_DECISION, text(ESTABLISH), "establishedOn",
				text("2026-12-20")));

		// the self-running phase: a PF meeting comes with the cycle, the year-end review with its date
		assertThat(engine.getRuntimeService().getVariable(id, CONFIRMED_MEMBER_COUNT)).isEqualTo(1);
		runJob(id, EVENT_MEETING_DUE);
		submit(sato, id, TASK_HOLD_MEETING, Map.of(MEETING_DATE, text("2027-01-15"), MEETING_ATTENDEES, text("5団体"),
				MEETING_NOTES, text("活動紹介")));
		runJob(id, EVENT_YEAR_REVIEW);
		submit(sato, id, TASK_CARRY_OVER_ISSUES, Map.of("carryOverIssues", text("将来の運営主体")));
		submit(sato, id, TASK_NEXT_YEAR_POLICY, Map.of("nextYearPolicy", text("参画団体による運営"), NEXT_YEAR_OPERATION,
				text(SELF_RUNNING), "selfRunningOperator", text("（テスト）NPO法人つながり")));
		assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id)
			.activityId(END_EVENT).finished().count()).isEqualTo(1);
	}

	@Test
	void theSurveyRunsAsItsOwnProcessStartedWithTheTitleTheFormationPasses() throws Exception {
		TestRestTemplate sato = rest.withBasicAuth("sato", "sato");
		String id = throughTheInitialPhase(sato, "formation-it-2");
		submit(sato, id, TASK_PLAN_DETAILED_SURVEY, Map.of(DETAILED_SURVEY_METHOD, text(SURVEY), SURVEY_TITLE,
				text("支援団体調査（連携PF）")));

		ProcessInstance survey = called(id, "survey-rollout");
		assertThat(survey.getBusinessKey()).isEqualTo("formation-it-2");
		JsonNode surveyTasks = JSON.readTree(sato.getForObject("/engine-rest/task?processInstanceId={id}", String.class,
				survey.getId()));
		assertThat(surveyTasks.findValuesAsText("name")).containsExactly("調査計画の作成");
		assertThat(engine.getRuntimeService().getVariable(survey.getId(), "surveyTitle")).isEqualTo("支援団体調査（連携PF）");
	}

	@Test
	void theSymposiumIsPlannedWithItsOwnFormAndRunsAsItsOwnProcess() throws Exception {
		TestRestTemplate sato = rest.withBasicAuth("sato", "sato");
		String id = throughTheInitialPhase(sato, "formation-it-3");
		submit(sato, id, TASK_PLAN_DETAILED_SURVEY, Map.of(DETAILED_SURVEY_METHOD, text(STUDY_SESSIONS),
				"studySessionPlan", text("支援団体との学習会を2回")));
		submit(sato, id, TASK_RECORD_STUDY_SESSIONS, Map.of("studySessionCount", Map.of("value", 1, "type", "Long"),
				"studySessionFindings", text("課題")));
		submit(sato, id, TASK_DESIGN_STRUCTURE, Map.of("platformStructure", text("SINGLE_TIER"), "mainActivities",
				text("学習会"), "rulesStyle", text("BYLAWS")));
		submit(sato, id, TASK_INVOLVE_PARTICIPANTS, Map.of("internalDepartments", text("企画課")));
		submit(sato, id, TASK_PLAN_PUBLICITY, Map.of(PUBLICITY_METHOD, text(SYMPOSIUM), "publicityPlan", text("市民向け")));
		JsonNode form = JSON.readTree(sato.getForObject("/engine-rest/task/{id}/deployed-form", String.class,
				openTask(sato, id, TASK_PLAN_SYMPOSIUM).path("id").asText()));
		assertThat(form.path("id").asText()).isEqualTo("symposium-planning.plan-symposium");
		submit(sato, id, TASK_PLAN_SYMPOSIUM, Map.of("eventTitle", text("つながり市孤独・孤立シンポジウム"),
				"theme", text("つながり"), "targets", Map.of("value", "[\"CITIZENS\"]", "type", "Json"),
				"eventFormat", text("HYBRID"), "eventDate", text(java.time.LocalDate.now().plusDays(120).toString()),
				"budgetYen", Map.of("value", 4000000, "type", "Long"),
				"eventContractBudgetYen", Map.of("value", 3000000, "type", "Long"),
				"decorationContractBudgetYen", Map.of("value", 0, "type", "Long")));

		ProcessInstance symposium = called(id, "symposium-planning");
		assertThat(symposium.getBusinessKey()).isEqualTo("formation-it-3");
		JsonNode tasks = JSON.readTree(sato.getForObject("/engine-rest/task?processInstanceId={id}", String.class,
				symposium.getId()));
		assertThat(tasks.findValuesAsText("name")).contains("会場の確保");
	}

	private String throughTheInitialPhase(TestRestTemplate sato, String businessKey) throws Exception {
		assertThat(start(sato, businessKey)).isEqualTo(HttpStatus.OK);
		String id = instance(businessKey).getId();
		submit(rest.withBasicAuth("kato", "kato"), id, TASK_SET_LEAD, Map.of("leadDepartment", text("社会課"),
				"leadPerson", text("佐藤"), "leadReason", text("担当")));
		submit(sato, id, TASK_GRASP_LOCAL_ISSUES, Map.of("issueSummary", text("概要")));
		submit(sato, id, TASK_PICTURE_PLATFORM, Map.of("platformImage", text("既存PFの拡大"), PLATFORM_EXISTS, text(EXISTS)));
		return id;
	}

	private ProcessInstance called(String formationId, String processKey) {
		ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery()
			.superProcessInstanceId(formationId).singleResult();
		assertThat(engine.getRepositoryService().getProcessDefinition(called.getProcessDefinitionId()).getKey())
			.isEqualTo(processKey);
		return called;
	}

	private HttpStatus start(TestRestTemplate client, String businessKey) {
		return HttpStatus.valueOf(client.exchange("/engine-rest/process-definition/key/platform-formation/submit-form",
				HttpMethod.POST, json(Map.of("businessKey", businessKey, "variables",
						Map.of(PLATFORM_NAME, text("つながり市孤独・孤立対策官民連携プラットフォーム")))),
				String.class).getStatusCode().value());
	}

	private ProcessInstance instance(String businessKey) {
		return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
			.processInstanceBusinessKey(businessKey).singleResult();
	}

	private JsonNode openTask(TestRestTemplate user, String instanceId, String taskKey) throws Exception {
		JsonNode tasks = JSON.readTree(user.getForObject("/engine-rest/task?processInstanceId={id}&taskDefinitionKey={key}",
				String.class, instanceId, taskKey));
		assertThat(tasks.size()).as("open task %s visible to the user", taskKey).isEqualTo(1);
		return tasks.get(0);
	}

	/** Submits the task's form as Tasklist does (the REST API checks the user's authorization). */
	private void submit(TestRestTemplate user, String instanceId, String taskKey, Map<String, Object> values)
			throws Exception {
		String taskId = openTask(user, instanceId, taskKey).path("id").asText();
		assertThat(user.exchange("/engine-rest/task/{id}/submit-form", HttpMethod.POST,
				json(Map.of("variables", new LinkedHashMap<>(values))), String.class, taskId).getStatusCode().value())
			.as("submit %s", taskKey).isIn(200, 204);
	}

	private void runJob(String instanceId, String activityId) {
		engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
			.processInstanceId(instanceId).activityId(activityId).singleResult().getId());
	}

	private static Map<String, Object> text(String value) {
		return Map.of("value", value, "type", "String");
	}

	private static HttpEntity<Object> json(Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
