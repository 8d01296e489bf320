package jp.tsunagari.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import jp.tsunagari.evaluation.SelfEvaluation;
import jp.tsunagari.survey.SurveyRollout;
import jp.tsunagari.system.JapaneseDateFormats;

/**
 * Absences and personnel transfers in the whole application, as staff meet them: the page refuses bad dates and a substitute from another
 * department with Japanese messages naming the field; during an absence the substitute finds, through the REST API
 * signed in as himself, the task assigned to the absent person and the new and waiting tasks of the section the
 * absent person also works for (兼務), completes one, and the history says he acted for her; once the absence is
 * over he no longer sees them, and they wait in the section's queue as before. A transfer in the middle of a survey and a self-evaluation returns
 * the moved people's tasks to their old sections' queues.
 */
@DirtiesContext
// the jobs run when the test says, not on their own in between
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tsunagari.absence.check-interval=PT24H")
@AutoConfigureObservability(tracing = false)
@AutoConfigureMockMvc
@ActiveProfiles({ "demo", "test" })
class AbsenceAndTransferIT {

	static final String ABSENT = "kenmu";

	static final String SUBSTITUTE = "daiko";

	/** Both work in 減災推進課; the absent person also holds a post in 地域政策課 (兼務), the substitute does not. */
	static final String SHARED_SECTION = "disaster-reduction";

	static final String SECOND_POST = "community-policy";

	/** A year of its own: the demo opens 令和2年度 (2020) at start-up. */
	private static final int TRANSFER_FISCAL_YEAR = 2031;

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private AbsenceCycle cycle;

	@Autowired
	private PersonnelTransfers transfers;

	@Autowired
	private Absences absences;

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private final List<String> deployments = new ArrayList<>();

	@BeforeEach
	void twoColleagues() {
		StaffFixture.user(engine, ABSENT, "兼務", "花子", SHARED_SECTION, SECOND_POST);
		StaffFixture.user(engine, SUBSTITUTE, "代理", "太郎", SHARED_SECTION);
	}

	@AfterEach
	void removeTheFixtures() {
		deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
		StaffFixture.remove(engine, ABSENT, SUBSTITUTE);
		jdbc.update("DELETE FROM TSG_ABSENCE_COVER");
		jdbc.update("DELETE FROM TSG_ABSENCE");
	}

	@Test
	void thePageRecordsAnAbsenceAndRefusesBadInputNamingTheField() throws Exception {
		mvc.perform(get("/absence").with(httpBasic(ABSENT, ABSENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("代理 太郎（daiko）")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("（sato）"))));

		mvc.perform(post("/absence").with(csrf()).with(httpBasic(ABSENT, ABSENT)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("開始日を入力してください。")))
			.andExpect(content().string(Matchers.containsString("終了日を入力してください。")))
			.andExpect(content().string(Matchers.containsString("代理の職員を選んでください。")));
		mvc.perform(post("/absence").with(csrf()).with(httpBasic(ABSENT, ABSENT))
			.param("from", "2026/02/30").param("to", "あした").param("substitute", SUBSTITUTE))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("開始日は 2026/04/01 や 令和8年4月1日 のように")))
			.andExpect(content().string(Matchers.containsString("終了日は 2026/04/01 や 令和8年4月1日 のように")));
		String today = new JapaneseDateFormats().slash(LocalDate.now());
		mvc.perform(post("/absence").with(csrf()).with(httpBasic(ABSENT, ABSENT))
			.param("from", today).param("to", today).param("substitute", "sato"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("代理の職員は同じ部署の職員から選んでください。")));
		mvc.perform(post("/absence").with(csrf()).with(httpBasic(ABSENT, ABSENT))
			.param("from", today).param("to", "2000/01/01").param("substitute", SUBSTITUTE))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("終了日は開始日と同じ日かそれより後の日にしてください。")));
		assertThat(absences.involving(ABSENT)).isEmpty();

		String wareki = new JapaneseDateFormats().wareki(LocalDate.now().plusDays(2));
		mvc.perform(post("/absence").with(csrf()).with(httpBasic(ABSENT, ABSENT))
			.param("from", today).param("to", wareki).param("substitute", SUBSTITUTE))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/absence?recorded"));
		assertThat(absences.involving(ABSENT)).singleElement()
			.satisfies(absence -> assertThat(absence).extracting(Absence::substituteId, Absence::from, Absence::to,
					Absence::state)
				.containsExactly(SUBSTITUTE, LocalDate.now(), LocalDate.now().plusDays(2), Absence.State.RECORDED));
		// the substitute sees it on his page too
		mvc.perform(get("/absence").with(httpBasic(SUBSTITUTE, SUBSTITUTE)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("兼務 花子")));
	}

	@Test
	void duringTheAbsenceTheSubstituteSeesAndCompletesTheTasksAndAfterItNoLonger() throws Exception {
		deployments.add(StaffFixture.deployOneTaskProcess(engine, "absence-it", SECOND_POST));
		TaskService tasks = engine.getTaskService();
		Task assigned = StaffFixture.start(engine, "absence-it");
		tasks.setAssignee(assigned.getId(), ABSENT);
		Task waiting = StaffFixture.start(engine, "absence-it");
		assertThat(visibleTo(SUBSTITUTE)).doesNotContain(assigned.getId(), waiting.getId());

		LocalDate today = LocalDate.now();
		absences.record(ABSENT, SUBSTITUTE, today, today.plusDays(1), ABSENT);
		cycle.run(today);
		assertThat(visibleTo(SUBSTITUTE)).contains(assigned.getId(), waiting.getId());

		// a task arriving during the absence reaches him at the next run
		Task arriving = StaffFixture.start(engine, "absence-it");
		cycle.run(today);
		assertThat(visibleTo(SUBSTITUTE)).contains(arriving.getId());
		assertThat(filterList(SUBSTITUTE)).contains(assigned.getId(), waiting.getId(), arriving.getId());

		// he completes the absent person's task, signed in as himself; the history says for whom
		assertThat(restPost(SUBSTITUTE, "/engine-rest/task/" + assigned.getId() + "/complete", "{}"))
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(tasks.getTaskComments(assigned.getId())).singleElement()
			.satisfies(comment -> assertThat(comment).extracting(Comment::getUserId, Comment::getFullMessage)
				.containsExactly(SUBSTITUTE, "代理：代理 太郎さんが、不在の兼務 花子さんに代わって完了しました。"));
		assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(assigned.getId())
			.singleResult().getEndTime()).isNotNull();
		// he claims the arriving one but does not finish it before the absence ends
		assertThat(restPost(SUBSTITUTE, "/engine-rest/task/" + arriving.getId() + "/claim",
				"{\"userId\":\"" + SUBSTITUTE + "\"}")).isEqualTo(HttpStatus.NO_CONTENT);

		cycle.run(today.plusDays(2));
		assertThat(absences.involving(ABSENT)).singleElement()
			.extracting(Absence::state).isEqualTo(Absence.State.ENDED);
		assertThat(visibleTo(SUBSTITUTE)).doesNotContain(waiting.getId(), arriving.getId());
		assertThat(filterNames(SUBSTITUTE)).doesNotContain(SubstituteFilter.NAME);
		assertThat(rest.withBasicAuth(SUBSTITUTE, SUBSTITUTE)
			.getForEntity("/engine-rest/task/{id}", String.class, waiting.getId()).getStatusCode().is4xxClientError())
			.isTrue();
		// the section's queue, as before: unclaimed, its candidate group only
		for (Task task : List.of(waiting, arriving)) {
			assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
			assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
				.containsExactly(SECOND_POST);
		}
		assertThat(visibleTo(ABSENT)).contains(waiting.getId(), arriving.getId());
	}

	@Test
	void substitutesTellWhoActsForWhomOnADay(@Autowired Substitutes substitutes) {
		LocalDate monday = LocalDate.of(2031, 4, 7);
		absences.record(ABSENT, SUBSTITUTE, monday, monday.plusDays(2), ABSENT);
		assertThat(substitutes.actingOn(monday.plusDays(1)))
			.containsExactly(new Substitutes.Substitution(ABSENT, SUBSTITUTE, monday, monday.plusDays(2)));
		assertThat(substitutes.actingOn(monday.plusDays(3))).isEmpty();
		assertThat(substitutes.actingOn(monday.minusDays(1))).isEmpty();
	}

	/**
	 * 人事異動 in the middle of a survey and a self-evaluation: 佐藤 (社会課) planned the survey and claimed the
	 * recipients' import, 佐々木 (減災推進課) claimed the survey's 庁内照会 and his section's sheet; the directory then moves
	 * both elsewhere. Their claimed tasks go back to their old sections' queues, they no longer see them, their new
	 * section's work reaches them, and the history still says 佐藤 drafted the plan and both claimed their tasks.
	 */
	@Test
	void aTransferReturnsTheTasksToTheOldSectionsQueueInTheMiddleOfASurveyAndASelfEvaluation() throws Exception {
		transfers.detect();
		TaskService tasks = engine.getTaskService();
		String survey = engine.getFormService().submitStartForm(latestDefinition(SurveyRollout.PROCESS_KEY),
				Variables.createVariables().putValue(SurveyRollout.SURVEY_TITLE, "支援団体調査（異動テスト）")).getId();
		Task plan = task(survey, SurveyRollout.TASK_DRAFT_PLAN);
		tasks.claim(plan.getId(), "sato");
		engine.getFormService().submitTaskForm(plan.getId(), Map.of(SurveyRollout.SURVEY_TITLE, "支援団体調査（異動テスト）",
				"surveyPurpose", "支援団体の活動とニーズを把握する", "targetPopulation", "市内の支援団体",
				"surveyMethod", "mail-email-web", SurveyRollout.QUESTIONNAIRE_ID, "support-organisations",
				SurveyRollout.RESPONSE_DEADLINE, LocalDate.now().plusDays(30).toString(),
				SurveyRollout.PRE_HEARING_PLANNED, false, SurveyRollout.SURVEY_EXECUTION, SurveyRollout.EXECUTION_DIRECT,
				SurveyRollout.INQUIRY_GROUPS, SpinValues.jsonValue("[\"disaster-reduction\"]").create()));
		Task recipients = task(survey, SurveyRollout.TASK_IMPORT_RECIPIENTS);
		Task inquiry = task(survey, SurveyRollout.TASK_INTERNAL_INQUIRY);
		tasks.claim(recipients.getId(), "sato");
		tasks.claim(inquiry.getId(), "sasaki");

		String evaluation = engine.getRuntimeService().startProcessInstanceByKey(SelfEvaluation.PROCESS_KEY,
				Map.of(SelfEvaluation.FISCAL_YEAR, TRANSFER_FISCAL_YEAR, SelfEvaluation.SUBMISSION_DEADLINE, "2032-06-30")).getId();
		loadOneProgramme();
		Task sheet = task(evaluation, SelfEvaluation.TASK_WRITE_SHEET);
		tasks.claim(sheet.getId(), "sasaki");
		assertThat(visibleTo("sato")).contains(recipients.getId());
		assertThat(visibleTo("sasaki")).contains(inquiry.getId(), sheet.getId());

		IdentityService directory = engine.getIdentityService();
		try {
			directory.deleteMembership("sato", "health-welfare-social-affairs");
			directory.createMembership("sato", SECOND_POST);
			directory.deleteMembership("sasaki", SHARED_SECTION);
			directory.createMembership("sasaki", "civic-collaboration");
			transfers.detect();

			assertBackInQueue(recipients, "health-welfare-social-affairs", "sato", "佐藤 花子さんが健康福祉局 社会課から異動");
			assertBackInQueue(inquiry, SHARED_SECTION, "sasaki", "佐々木 誠さんが危機管理局 減災推進課から異動");
			assertBackInQueue(sheet, SHARED_SECTION, "sasaki", "佐々木 誠さんが危機管理局 減災推進課から異動");
			// the new section's work reaches the person through the new group
			deployments.add(StaffFixture.deployOneTaskProcess(engine, "transfer-it", SECOND_POST));
			Task newWork = StaffFixture.start(engine, "transfer-it");
			assertThat(directory.createGroupQuery().groupMember("sato").list()).extracting(Group::getId)
				.contains(SECOND_POST);
			assertThat(engine.getTaskService().getIdentityLinksForTask(newWork.getId()))
				.extracting(IdentityLink::getGroupId).containsExactly(SECOND_POST);
			assertThat(visibleTo("sato")).contains(newWork.getId());
			// the history keeps who did what before
			HistoryService history = engine.getHistoryService();
			assertThat(history.createHistoricTaskInstanceQuery().taskId(plan.getId()).singleResult())
				.extracting(HistoricTaskInstance::getAssignee, task -> task.getEndTime() != null)
				.containsExactly("sato", true);
			for (Task claimed : List.of(recipients, inquiry, sheet)) {
				assertThat(history.createHistoricIdentityLinkLogQuery().taskId(claimed.getId()).type("assignee")
					.operationType("add").list()).extracting(HistoricIdentityLinkLog::getUserId)
					.containsAnyOf("sato", "sasaki");
			}
			// a second run changes nothing more
			transfers.detect();
			assertThat(tasks.getTaskComments(recipients.getId())).hasSize(1);
		}
		finally {
			directory.deleteMembership("sato", SECOND_POST);
			directory.createMembership("sato", "health-welfare-social-affairs");
			directory.deleteMembership("sasaki", "civic-collaboration");
			directory.createMembership("sasaki", SHARED_SECTION);
			engine.getRuntimeService().deleteProcessInstancesIfExists(List.of(survey, evaluation), "test finished",
					true, true, true);
		}
	}

	private void assertBackInQueue(Task task, String section, String movedUser, String comment) throws Exception {
		Task now = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
		assertThat(now.getAssignee()).as("unassigned").isNull();
		assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
			.containsExactly(section);
		assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(section).list())
			.extracting(Task::getId).contains(task.getId());
		assertThat(engine.getTaskService().getTaskComments(task.getId())).extracting(Comment::getFullMessage)
			.anySatisfy(message -> assertThat(message).contains(comment));
		assertThat(visibleTo(movedUser)).doesNotContain(task.getId());
		assertThat(rest.withBasicAuth(movedUser, movedUser)
			.getForEntity("/engine-rest/task/{id}", String.class, task.getId()).getStatusCode().is4xxClientError())
			.isTrue();
		assertThat(engine.getAuthorizationService().createAuthorizationQuery().userIdIn(movedUser)
			.resourceType(Resources.TASK).resourceId(task.getId()).count()).isZero();
	}

	/** What the programme register's worker does, for one programme of 減災推進課 (seed 003, sheet 1). */
	private void loadOneProgramme() {
		ExternalTaskService external = engine.getExternalTaskService();
		LockedExternalTask load = external.fetchAndLock(1, "transfer-it")
			.topic(SelfEvaluation.TOPIC_LOAD_PROGRAMMES, 60_000)
			.processInstanceVariableEquals(SelfEvaluation.FISCAL_YEAR, TRANSFER_FISCAL_YEAR)
			.execute()
			.get(0);
		Map<String, Object> programme = new LinkedHashMap<>();
		programme.put("id", "1");
		programme.put("policyDirection", "1");
		programme.put("priorityMeasure", "4");
		programme.put("programmeNo", "1");
		programme.put("name", "地域防災リーダー養成・支援事業");
		programme.put("section", "危機管理局減災推進課");
		programme.put("groups", new ArrayList<>(List.of(SHARED_SECTION)));
		external.complete(load.getId(), "transfer-it", Map.of(SelfEvaluation.PROGRAMMES,
				new ArrayList<>(List.of(programme)), SelfEvaluation.PROGRAMME_COUNT, 1,
				SelfEvaluation.FISCAL_YEAR_LABEL, "令和13年度", SelfEvaluation.NEXT_FISCAL_YEAR_LABEL, "令和14年度"));
	}

	private Task task(String instance, String activity) {
		return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(activity)
			.singleResult();
	}

	private String latestDefinition(String key) {
		return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
			.latestVersion().singleResult().getId();
	}

	private List<String> visibleTo(String user) throws Exception {
		ResponseEntity<String> response = rest.withBasicAuth(user, user)
			.getForEntity("/engine-rest/task?maxResults=1000", String.class);
		assertThat(response.getStatusCode().value()).as("the task query of %s", user).isEqualTo(200);
		return ids(response.getBody());
	}

	private List<String> filterList(String user) throws Exception {
		TestRestTemplate client = rest.withBasicAuth(user, user);
		JsonNode filters = JSON.readTree(client.getForObject("/engine-rest/filter?name={name}", String.class,
				SubstituteFilter.NAME));
		assertThat(filters).as("the filter is offered to the substitute").hasSize(1);
		return ids(client.getForObject("/engine-rest/filter/{id}/list", String.class, filters.get(0).path("id").asText()));
	}

	private List<String> filterNames(String user) throws Exception {
		List<String> names = new ArrayList<>();
		JSON.readTree(rest.withBasicAuth(user, user).getForObject("/engine-rest/filter", String.class))
			.forEach(filter -> names.add(filter.path("name").asText()));
		return names;
	}

	private static List<String> ids(String json) throws Exception {
		List<String> ids = new ArrayList<>();
		JSON.readTree(json).forEach(task -> ids.add(task.path("id").asText()));
		return ids;
	}

	private HttpStatus restPost(String user, String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> response = rest.withBasicAuth(user, user)
			.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
		return HttpStatus.valueOf(response.getStatusCode().value());
	}

}
