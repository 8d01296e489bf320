package jp.tsunagari.system;

import static jp.tsunagari.evaluation.SelfEvaluation.ANNUAL_CONTRIBUTION;
import static jp.tsunagari.evaluation.SelfEvaluation.ANNUAL_STATUS;
import static jp.tsunagari.evaluation.SelfEvaluation.CITY_DEPARTMENT_NAMES;
import static jp.tsunagari.evaluation.SelfEvaluation.COOP_COMMUNITY_ACTORS;
import static jp.tsunagari.evaluation.SelfEvaluation.COOP_CROSS_DEPARTMENT;
import static jp.tsunagari.evaluation.SelfEvaluation.COOP_NARRATIVE;
import static jp.tsunagari.evaluation.SelfEvaluation.FISCAL_YEAR;
import static jp.tsunagari.evaluation.SelfEvaluation.ISSUES_NEXT_STEPS;
import static jp.tsunagari.evaluation.SelfEvaluation.NEXT_YEAR_BUDGET_KYEN;
import static jp.tsunagari.evaluation.SelfEvaluation.PARTNERS_ACHIEVED;
import static jp.tsunagari.evaluation.SelfEvaluation.PROCESS_KEY;
import static jp.tsunagari.evaluation.SelfEvaluation.PROGRAMME;
import static jp.tsunagari.evaluation.SelfEvaluation.SETTLED_COST_KYEN;
import static jp.tsunagari.evaluation.SelfEvaluation.SUBMISSION_DEADLINE;
import static jp.tsunagari.evaluation.SelfEvaluation.TARGET_GROUPS;
import static jp.tsunagari.evaluation.SelfEvaluation.TASK_REVIEW_SHEET;
import static jp.tsunagari.evaluation.SelfEvaluation.TASK_WRITE_SHEET;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.tsunagari.survey.SurveyRollout;

/**
 * The real Tasklist in the system's headless Chromium, end to end, on the real {@code self-evaluation} process:
 * 総務課 (suzuki) opens the fiscal year through the REST API, the in-app worker loads the programme register
 * through the REST API, and a member of 減災推進課 (sasaki) signs in on the application's login page (one sign-in
 * for our pages and the Tasklist), finds a sheet in
 * 部署のタスク, claims it, answers its Camunda Form and completes it; the REST API then shows the sheet waiting
 * for 総務課's review with the answers. A member of another organisation (tanaka, 社会福祉協議会) sees the sheets
 * of his own organisation but not that one, cannot open it by its address, and is not offered 全件. One sign-in
 * serves the Tasklist and our pages both ways, and signing out on either side signs out of both. Every step
 * leaves a screenshot in {@code target/tasklist-e2e/}.
 */
@ExtendWith(SystemChromium.Installed.class)
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
@ActiveProfiles({ "demo", "test" })
// closes the application after this class, and with it the external-task client that only this test runs
@DirtiesContext
class TasklistBrowserIT {

	private static final Path OUTPUT = Path.of("target", "tasklist-e2e");

	private static final String SHEET_FORM = "forms/self-evaluation.write-sheet.form";

	private static final int FISCAL_YEAR_EVALUATED = 2020;

	private static final Duration WORKER_PATIENCE = Duration.ofSeconds(60);

	/** Answers as 減災推進課 gave them for 地域防災リーダー養成・支援事業 (seed 003, sheet 1), in the order of the form. */
	private static final Map<String, Object> ANSWERS = answers(
			TARGET_GROUPS, List.of("COMMUNITY_ACTORS"),
			ANNUAL_STATUS, "新規養成講座及び全市フォローアップ講座は新型コロナウイルス感染症の影響により中止。各区フォローアップ講座は319名が参加した。",
			ANNUAL_CONTRIBUTION, "地域防災リーダーの活動発表の場を設け、修了者のネットワークづくりを支援した。",
			SETTLED_COST_KYEN, 1546,
			NEXT_YEAR_BUDGET_KYEN, 5686,
			ISSUES_NEXT_STEPS, "平均年齢の引き下げと女性の割合の向上に向けた取り組みを進める。",
			COOP_COMMUNITY_ACTORS, "1",
			COOP_CROSS_DEPARTMENT, "1",
			PARTNERS_ACHIEVED, List.of("1", "8", "12"),
			CITY_DEPARTMENT_NAMES, "健康福祉局、消防局",
			COOP_NARRATIVE, "講師にNPO法人を活用し、各区の講座に連合町内会長を招いた。");

	private static final List<String> STAFF_FILTERS = List.of("自分のタスク", "部署のタスク", "期限切れ");

	private static final String DEPARTMENT_FILTER = "部署のタスク";

	@LocalServerPort
	private int port;

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private TestRestTemplate rest;

	@TempDir
	private Path browserProfile;

	private WebDriver browser;

	private TasklistPage tasklist;

	private final List<String> startedInstances = new ArrayList<>();

	private final List<String> deployments = new ArrayList<>();

	/** A failing step leaves the screen and the DOM behind, before the browser closes. */
	@RegisterExtension
	final TestExecutionExceptionHandler evidence = (context, failure) -> {
		if (tasklist != null) {
			tasklist.saveEvidence("failure-" + context.getRequiredTestMethod().getName());
		}
		throw failure;
	};

	/**
	 * The in-app external-task client, off in the other whole-application tests, works here as in production: it
	 * fetches through the REST API with the worker account. Its address names the server's port, so the port is
	 * chosen before the application starts.
	 */
	@DynamicPropertySource
	static void workersOnAKnownPort(DynamicPropertyRegistry properties) throws IOException {
		int freePort;
		try (ServerSocket socket = new ServerSocket(0)) {
			freePort = socket.getLocalPort();
		}
		properties.add("server.port", () -> freePort);
		properties.add("camunda.bpm.client.disable-auto-fetching", () -> false);
	}

	@BeforeAll
	static void freshOutput() throws IOException {
		Files.createDirectories(OUTPUT);
		try (Stream<Path> old = Files.list(OUTPUT)) {
			for (Path file : old.toList()) {
				Files.delete(file);
			}
		}
	}

	@BeforeEach
	void openBrowser() throws IOException {
		browser = SystemChromium.start(browserProfile, OUTPUT);
		tasklist = new TasklistPage(browser, "http://localhost:" + port, OUTPUT);
	}

	@AfterEach
	void closeBrowserAndEvaluations() {
		if (browser != null) {
			browser.quit();
		}
		// the application is shared by both tests: leave no sheet behind in anyone's list
		if (!startedInstances.isEmpty()) {
			engine.getRuntimeService()
				.deleteProcessInstancesIfExists(startedInstances, "test finished", true, true, true);
		}
		deployments.forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment, true));
	}

	@Test
	void aSectionWritesItsSelfEvaluationSheetInTheJapaneseTasklist() {
		TasklistLocale ja = TasklistLocale.japanese();
		String evaluation = openEvaluation();
		Task sheet = sheetsOf(evaluation, "disaster-reduction").get(0);

		tasklist.open();
		tasklist.screenshot("01-login");
		// the application's Japanese login page, not the Tasklist's own form (one sign-in)
		assertThat(tasklist.signInLabel()).as("the sign-in button").isEqualTo("ログイン");
		assertThat(tasklist.usernameLabel()).isEqualTo("ユーザー名");

		tasklist.signIn("sasaki", "sasaki");
		tasklist.screenshot("02-signed-in");
		assertThat(tasklist.filterNames()).containsExactlyElementsOf(STAFF_FILTERS);
		assertThat(tasklist.signOutLabel()).isEqualTo(ja.label("SIGN_OUT_ACTION"));

		tasklist.showFilter(DEPARTMENT_FILTER);
		tasklist.waitUntilListed(sheet.getId());
		tasklist.screenshot("03-department-tasks");

		tasklist.openTask(sheet.getId());
		tasklist.screenshotWholeForm("04-sheet-form");
		assertThat(tasklist.taskTitle()).isEqualTo(sheet.getName());
		assertThat(tasklist.claimLabel()).isEqualTo(ja.label("CLAIM_TASK"));
		// the form prints the programme and the fiscal year the worker loaded
		assertThat(tasklist.formText()).contains(programmeName(sheet), "令和2年度");

		tasklist.claim();
		assertThat(tasklist.completeLabel()).isEqualTo(ja.label("COMPLETE"));
		// an empty sheet is refused, with the form's messages in Japanese
		assertThat(tasklist.validationMessages()).isNotEmpty().allMatch("入力してください。"::equals);
		tasklist.screenshot("05a-sheet-incomplete");
		tasklist.fill(CamundaFormSchema.fromClasspath(SHEET_FORM), ANSWERS);
		tasklist.screenshotWholeForm("05-sheet-filled");

		tasklist.complete(sheet.getId());
		tasklist.screenshot("06-sheet-completed");

		// the sheet moved on to 総務課's review, with the answers, as 総務課 sees it through the REST API
		TestRestTemplate suzuki = rest.withBasicAuth("suzuki", "suzuki");
		ResponseEntity<Map[]> reviews = suzuki.getForEntity(
				"/engine-rest/task?processInstanceId={id}&taskDefinitionKey={key}", Map[].class, evaluation,
				TASK_REVIEW_SHEET);
		assertThat(reviews.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(reviews.getBody()).hasSize(1);
		// serialized values: Json variables (checklists, the programme) come back as their JSON text
		ResponseEntity<Map> review = suzuki.getForEntity("/engine-rest/task/{id}/variables?deserializeValues=false",
				Map.class, reviews.getBody()[0].get("id"));
		assertThat(review.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(String.valueOf(value(review, PROGRAMME))).contains(programmeName(sheet));
		assertThat(value(review, ANNUAL_STATUS)).isEqualTo(ANSWERS.get(ANNUAL_STATUS));
		assertThat(String.valueOf(value(review, SETTLED_COST_KYEN))).isEqualTo("1546");
		assertThat(String.valueOf(value(review, NEXT_YEAR_BUDGET_KYEN))).isEqualTo("5686");
		assertThat(value(review, COOP_COMMUNITY_ACTORS)).isEqualTo("1");
		assertThat(String.valueOf(value(review, TARGET_GROUPS))).contains("COMMUNITY_ACTORS");
		assertThat(String.valueOf(value(review, PARTNERS_ACHIEVED))).contains("\"1\"", "\"8\"", "\"12\"");
		assertThat(value(review, CITY_DEPARTMENT_NAMES)).isEqualTo(ANSWERS.get(CITY_DEPARTMENT_NAMES));
		assertThat(sheetsOf(evaluation, "disaster-reduction")).extracting(Task::getId).doesNotContain(sheet.getId());

		tasklist.signOut();
		tasklist.screenshot("07-signed-out");
		assertThat(tasklist.loginNotice()).isEqualTo("ログアウトしました。");
	}

	/**
	 * One sign-in, both ways: signed in on our login page from the start page, sato opens the Tasklist without a
	 * second login, and from there a page of ours that task forms link to (a survey's recipients page) without one
	 * either. Signing out in the Tasklist signs out of our pages; signing out on our pages signs out of the Tasklist.
	 */
	@Test
	void oneSignInServesTheTasklistAndOurPagesBothWays() {
		String survey = engine.getRuntimeService()
			.startProcessInstanceByKey(SurveyRollout.PROCESS_KEY,
					Map.of(SurveyRollout.SURVEY_TITLE, "令和8年度 支援団体アンケート（ブラウザテスト）"))
			.getId();
		startedInstances.add(survey);

		tasklist.openPage("/");
		assertThat(tasklist.showsLoginPage()).as("the start page asks for a sign-in").isTrue();
		tasklist.screenshot("31-login-page");
		tasklist.screenshotAtPhoneWidth("31-login-page-phone");
		tasklist.submitLogin("sato", "sato");
		assertThat(tasklist.openPage("/")).contains("業務メニュー", "タスクリスト");
		tasklist.screenshot("32-start-page");
		tasklist.screenshotAtPhoneWidth("32-start-page-phone");

		tasklist.openSignedIn();
		assertThat(tasklist.filterNames()).containsExactlyElementsOf(STAFF_FILTERS);
		tasklist.screenshot("33-tasklist-without-second-login");
		assertThat(tasklist.openPage("/survey/" + survey + "/recipients"))
			.contains("宛先リスト：令和8年度 支援団体アンケート（ブラウザテスト）");
		tasklist.screenshot("34-our-page-from-the-tasklist");

		tasklist.openSignedIn();
		tasklist.signOut();
		assertThat(tasklist.loginNotice()).isEqualTo("ログアウトしました。");
		tasklist.openPage("/survey/" + survey + "/recipients");
		assertThat(tasklist.showsLoginPage()).as("signed out of our pages too").isTrue();

		tasklist.submitLogin("sato", "sato");
		assertThat(tasklist.openPage("/")).contains("業務メニュー");
		tasklist.signOutOfOurPages();
		tasklist.screenshot("35-signed-out-of-our-pages");
		tasklist.open();
		assertThat(tasklist.showsLoginPage()).as("signed out of the Tasklist too").isTrue();
	}

	/**
	 * Each sheet's card names its policy direction, programme and section (件名, the filters' displayed variable), although the title
	 * lives in the sheet's sub-process: the REST filter list Tasklist reads finds it, and the list shows it.
	 */
	@Test
	void everySheetInTheListShowsItsProgrammeAsKenmei() {
		String evaluation = openEvaluation();
		List<Task> sheets = sheetsOf(evaluation, "disaster-reduction");
		Map<String, String> titles = new LinkedHashMap<>();
		sheets.forEach(sheet -> titles.put(sheet.getId(), programme(sheet).get("policyDirection") + " "
				+ programmeName(sheet) + "（" + programme(sheet).get("section") + "）"));
		assertThat(titles.values()).doesNotHaveDuplicates();

		tasklist.open();
		tasklist.signIn("sasaki", "sasaki");
		tasklist.showFilter(DEPARTMENT_FILTER);
		sheets.forEach(sheet -> tasklist.waitUntilListed(sheet.getId()));
		tasklist.screenshot("08-sheet-titles");
		titles.forEach((taskId, title) -> assertThat(tasklist.cardVariables(taskId)).as("the card of %s", title)
			.containsExactly("件名: " + title));
		tasklist.showPhoneWidth();
		tasklist.screenshot("08-sheet-titles-phone");
	}

	@Test
	void anotherOrganisationNeitherSeesNorOpensTheSheet() {
		String evaluation = openEvaluation();
		Task sheet = sheetsOf(evaluation, "disaster-reduction").get(0);
		// a sheet of tanaka's own organisation: once it is listed, the list has loaded
		Task councilSheet = sheetsOf(evaluation, "social-welfare-council").get(0);
		assertThat(engine.getTaskService().getIdentityLinksForTask(sheet.getId()))
			.noneMatch(link -> "social-welfare-council".equals(link.getGroupId()));

		tasklist.open();
		tasklist.signIn("tanaka", "tanaka");
		assertThat(tasklist.filterNames()).containsExactlyElementsOf(STAFF_FILTERS).doesNotContain("全件");

		tasklist.showFilter(DEPARTMENT_FILTER);
		tasklist.waitUntilListed(councilSheet.getId());
		tasklist.screenshot("11-other-organisation-tasks");
		assertThat(tasklist.isListed(sheet.getId())).isFalse();
		// the list has pages: the count shows that the filter holds the council's tasks and nothing else
		assertThat(tasklist.focusedFilterCount()).isEqualTo(engine.getTaskService()
			.createTaskQuery()
			.taskCandidateGroup("social-welfare-council")
			.includeAssignedTasks()
			.count());

		String error = tasklist.openRefusedTask(sheet.getId());
		tasklist.screenshot("12-other-organisation-opens-link");
		assertThat(error).contains(sheet.getId());
		assertThat(tasklist.showsForm()).isFalse();
	}

	/**
	 * form-js's own widget texts, English in form-js 1.8.7, in Japanese (form-messages-ja.js): a select's
	 * placeholder, a searchable select's search box and its empty list, the date picker's weekdays and months. A
	 * task of a small model deployed for the test shows them all at once.
	 */
	@Test
	void theFormsWidgetsSpeakJapanese() {
		Task task = widgetTask();

		tasklist.open();
		tasklist.signIn("sasaki", "sasaki");
		tasklist.showFilter(DEPARTMENT_FILTER);
		tasklist.waitUntilListed(task.getId());
		tasklist.openTask(task.getId());
		tasklist.claim();
		tasklist.screenshot("21-widgets");

		assertThat(tasklist.formTexts(".fjs-select-placeholder")).containsExactly("選択してください");
		assertThat(tasklist.searchNoMatch("Field_Searched", "該当なしの語")).isEqualTo("該当する選択肢はありません");
		assertThat(tasklist.formPlaceholders(".fjs-form-field-select input[type='text']")).containsExactly("検索");
		List<String> calendar = tasklist.openDatePicker("Field_Day-date");
		tasklist.screenshot("22-date-picker");
		assertThat(calendar).containsSubsequence("日", "月", "火", "水", "木", "金", "土")
			.containsSubsequence("1月", "2月", "12月")
			.doesNotContain("Sun", "Mon", "January");
	}

	/** A colleague claimed the task while it was open on this screen: the claim is refused in Japanese (409). */
	@Test
	void aClaimThatLostTheRaceIsRefusedInJapanese() {
		Task task = widgetTask();
		tasklist.open();
		tasklist.signIn("sasaki", "sasaki");
		tasklist.showFilter(DEPARTMENT_FILTER);
		tasklist.waitUntilListed(task.getId());
		tasklist.openTask(task.getId());
		engine.getTaskService().claim(task.getId(), "demo");

		String refusal = tasklist.claimRefused();
		tasklist.screenshot("23-claim-taken");
		tasklist.screenshotAtPhoneWidth("23-claim-taken-phone");

		assertThat(refusal).contains(TaskClaimConflicts.TAKEN);
	}

	private Task widgetTask() {
		String form = """
				{"id": "tasklist-widgets.choose", "type": "default", "schemaVersion": 16, "components": [
				  {"id": "Field_Choice", "key": "choice", "type": "select", "label": "選択",
				   "values": [{"label": "はい", "value": "yes"}]},
				  {"id": "Field_Searched", "key": "searched", "type": "select", "label": "検索付きの選択", "searchable": true,
				   "values": [{"label": "減災推進課", "value": "disaster-reduction"}]},
				  {"id": "Field_Day", "key": "day", "type": "datetime", "subtype": "date", "dateLabel": "日付"}]}""";
		String model = """
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
				  <bpmn:process id="tasklist-widgets" isExecutable="true" camunda:historyTimeToLive="1">
				    <bpmn:startEvent id="Start" /><bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Choose" />
				    <bpmn:userTask id="Choose" name="選択の確認" camunda:candidateGroups="disaster-reduction"
				        camunda:formRef="tasklist-widgets.choose" camunda:formRefBinding="deployment" />
				    <bpmn:sequenceFlow id="F2" sourceRef="Choose" targetRef="End" /><bpmn:endEvent id="End" />
				  </bpmn:process>
				</bpmn:definitions>""";
		deployments.add(engine.getRepositoryService().createDeployment().name("tasklist-widgets")
			.addString("tasklist-widgets.bpmn", model).addString("tasklist-widgets.choose.form", form).deploy().getId());
		String instance = engine.getRuntimeService().startProcessInstanceByKey("tasklist-widgets").getId();
		startedInstances.add(instance);
		return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
	}

	/** 総務課 opens the fiscal year, as a REST client: its start right comes from the organisation directory. */
	private String openEvaluation() {
		String deadline = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30).toString();
		Map<String, Object> request = Map.of("variables",
				Map.of(FISCAL_YEAR, Map.of("value", FISCAL_YEAR_EVALUATED, "type", "Integer"), SUBMISSION_DEADLINE,
						Map.of("value", deadline, "type", "String")));
		ResponseEntity<Map> started = rest.withBasicAuth("suzuki", "suzuki")
			.postForEntity("/engine-rest/process-definition/key/{key}/start", request, Map.class, PROCESS_KEY);
		assertThat(started.getStatusCode()).as("suzuki starts %s: %s", PROCESS_KEY, started.getBody())
			.isEqualTo(HttpStatus.OK);
		String instanceId = (String) started.getBody().get("id");
		startedInstances.add(instanceId);
		return instanceId;
	}

	/**
	 * The sheets a group is asked to write, in the order of the register, once the worker has loaded the
	 * programmes (asynchronously, through the REST API).
	 */
	private List<Task> sheetsOf(String evaluation, String group) {
		Instant deadline = Instant.now().plus(WORKER_PATIENCE);
		while (true) {
			List<Task> sheets = engine.getTaskService()
				.createTaskQuery()
				.processInstanceId(evaluation)
				.taskDefinitionKey(TASK_WRITE_SHEET)
				.taskCandidateGroup(group)
				.list();
			if (!sheets.isEmpty() || Instant.now().isAfter(deadline)) {
				assertThat(sheets).as("sheets for %s (the worker of topic load-evaluation-programmes loads them)", group)
					.isNotEmpty();
				return sheets.stream()
					.sorted((a, b) -> Integer.compare(programmeNumber(a), programmeNumber(b)))
					.toList();
			}
			pause();
		}
	}

	private Map<?, ?> programme(Task sheet) {
		return (Map<?, ?>) engine.getRuntimeService().getVariable(sheet.getExecutionId(), PROGRAMME);
	}

	private String programmeName(Task sheet) {
		return (String) programme(sheet).get("name");
	}

	private int programmeNumber(Task sheet) {
		return Integer.parseInt((String) programme(sheet).get("id"));
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> answers(Object... keysAndValues) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			answers.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return answers;
	}

	@SuppressWarnings("unchecked")
	private static Object value(ResponseEntity<Map> variables, String name) {
		Map<String, Object> variable = (Map<String, Object>) variables.getBody().get(name);
		assertThat(variable).as("variable %s", name).isNotNull();
		return variable.get("value");
	}

}
