package jp.tsunagari.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The survey in the whole application over HTTP: staff import a Shift_JIS CSV on the recipient page, the
 * invitation worker sends through the REST API and SMTP (GreenMail), a respondent answers on the public page with
 * the link from the mail (CSRF, Japanese validation, double submit, bad link, late answer), the analyst downloads
 * the Excel tabulation.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class SurveyRolloutIT {

	private static final int MAIL_PORT = TestMailServer.freePort();

	@RegisterExtension
	static GreenMailExtension greenMail = TestMailServer.on(MAIL_PORT);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern LINK = Pattern.compile("/public/survey/([A-Za-z0-9_-]{43})");

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MAIL_PORT);
	}

	@LocalServerPort
	private int port;

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private SendSurveyInvitationsWorker invitationsWorker;

	@Autowired
	private TestRestTemplate rest;

	@Test
	void staffImportRecipientsTheWorkerMailsLinksAndRespondentsAnswerOnThePublicPage() throws Exception {
		ProcessInstance survey = engine.getFormService().submitStartForm(definitionId(),
				Variables.createVariables().putValue(SurveyRollout.SURVEY_TITLE, "支援団体調査"));
		String id = survey.getId();
		complete(id, SurveyRollout.TASK_DRAFT_PLAN, Map.of(SurveyRollout.SURVEY_TITLE, "支援団体調査",
				"surveyPurpose", "支援団体の活動とニーズを把握する", "targetPopulation", "市内の支援団体",
				"surveyMethod", "mail-email-web", SurveyRollout.QUESTIONNAIRE_ID, "support-organisations",
				SurveyRollout.RESPONSE_DEADLINE, LocalDate.now().plusDays(30).toString(),
				SurveyRollout.PRE_HEARING_PLANNED, false, SurveyRollout.SURVEY_EXECUTION, SurveyRollout.EXECUTION_DIRECT,
				SurveyRollout.INQUIRY_GROUPS, SpinValues.jsonValue("[\"disaster-reduction\"]").create()));

		// the lead department imports an Excel (Shift_JIS) export; a broken file is refused and stores nothing
		TestRestTemplate sato = rest.withBasicAuth("sato", "sato");
		String broken = "団体名,メールアドレス\n,a@example.jp\n";
		String[] staff = staffForm(sato, id);
		ResponseEntity<String> refused = upload(sato, id, staff, broken.getBytes(RecipientFile.CP932));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(refused.getBody()).contains("2行目: 団体名が空です。");
		String csv = "団体名,担当者,メールアドレス,住所\r\nNPO法人つながり,山田,yamada@npo.example.jp,\r\n"
				+ "いこいの家,佐藤,,仙台市青葉区1-2-3\r\n";
		ResponseEntity<String> imported = upload(sato, id, staff, csv.getBytes(RecipientFile.CP932));
		assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(imported.getBody()).contains("追加 <strong>2</strong>件").contains("NPO法人つながり");
		// the inquiry department (disaster-reduction) may open the page while its task is open; others may not
		assertThat(recipientsPageFor("sasaki", id)).isEqualTo(HttpStatus.OK);
		assertThat(recipientsPageFor("tanaka", id)).isEqualTo(HttpStatus.FORBIDDEN);
		// claiming the task keeps the right (the task is still the department's open task), as does unclaiming it
		String inquiry = openTask(id, SurveyRollout.TASK_INTERNAL_INQUIRY).getId();
		engine.getTaskService().claim(inquiry, "sasaki");
		assertThat(recipientsPageFor("sasaki", id)).isEqualTo(HttpStatus.OK);
		assertThat(recipientsPageFor("tanaka", id)).isEqualTo(HttpStatus.FORBIDDEN);
		engine.getTaskService().setAssignee(inquiry, null);
		assertThat(recipientsPageFor("sasaki", id)).isEqualTo(HttpStatus.OK);

		complete(id, SurveyRollout.TASK_IMPORT_RECIPIENTS, Map.of("recipientListReady", true));
		complete(id, SurveyRollout.TASK_INTERNAL_INQUIRY, Map.of("organisationsAdded", false));
		complete(id, SurveyRollout.TASK_APPROVE_SURVEY, Map.of(SurveyRollout.SURVEY_APPROVED, true));

		SurveyWorkerClient.runUntil(port, SurveyRollout.TOPIC_SEND_INVITATIONS, new String[] { SurveyRollout.SURVEY_ID },
				invitationsWorker, () -> engine.getRuntimeService().getVariable(id, SurveyRollout.EMAIL_COUNT) != null);
		assertThat(engine.getRuntimeService().getVariables(id)).containsEntry(SurveyRollout.EMAIL_COUNT, 1)
			.containsEntry(SurveyRollout.LETTER_COUNT, 1);
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
		Matcher link = LINK.matcher((String) greenMail.getReceivedMessages()[0].getContent());
		assertThat(link.find()).isTrue();
		String token = link.group(1);
		// after dispatch a new recipient would get no invitation: the list is closed
		ResponseEntity<String> closed = upload(sato, id, staff, csv.getBytes(RecipientFile.CP932));
		assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(closed.getBody()).contains("調査依頼を送付済みのため、宛先は追加できません。");
		String letters = sato.getForObject("/survey/{id}/letters", String.class, id);
		assertThat(letters).contains("いこいの家").contains("/public/survey/").contains("size: A4");
		keepForALook("letters.html", letters);
		keepForALook("answer.html", rest.getForObject("/public/survey/{t}", String.class, token));

		// an unknown link, then a submission missing required answers (Japanese message naming the question)
		assertThat(rest.getForEntity("/public/survey/{t}", String.class, "x".repeat(43)).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		ResponseEntity<String> invalid = answer(token, Map.of("q1", "NPO法人"));
		assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(invalid.getBody()).contains("問2：回答を選んでください。");
		// the same form submitted twice (a double click, or the back button): the second is refused
		String[] session = openForm(token);
		assertThat(post(token, session, completeAnswers()).getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<String> again = post(token, session, completeAnswers());
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(again.getBody()).contains("回答済みです");
		assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id)
			.activityId("StartEvent_ResponseReceived").count()).isEqualTo(1);
		// a POST without the CSRF token of the page is refused
		assertThat(rest.postForEntity("/public/survey/{t}", form(Map.of("q1", "NPO法人"), null), String.class, token)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		// the deadline: the window closes, the answers are tabulated, late answers get the closed page
		runJob(id, SurveyRollout.EVENT_RESPONSE_DEADLINE);
		runJob(id, SurveyRollout.TASK_TABULATE_RESPONSES);
		assertThat(engine.getRuntimeService().getVariable(id, SurveyRollout.RESPONSE_RATE)).isEqualTo(50.0);
		assertThat(rest.getForEntity("/public/survey/{t}", String.class, token).getStatusCode()).isEqualTo(HttpStatus.GONE);

		ResponseEntity<byte[]> xlsx = rest.withBasicAuth("yoshida", "yoshida")
			.getForEntity("/survey/{id}/results.xlsx", byte[].class, id);
		assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(xlsx.getBody()).startsWith(new byte[] { 'P', 'K' });
		complete(id, SurveyRollout.TASK_REVIEW_RESULTS, Map.of("publicationDate", "2024-02-06", "resultsComment", "報告"));
		assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).singleResult()
			.getEndTime()).isNotNull();
	}

	/** The pages as rendered, in target/survey-pages/, for a person (or a browser screenshot) to look at. */
	@Test
	void aMistypedSurveyOrAFormWithoutItsFileIsAClientErrorNotA500() {
		TestRestTemplate sato = rest.withBasicAuth("sato", "sato");
		for (String document : List.of("/survey/{id}/results.csv", "/survey/{id}/results.xlsx", "/survey/{id}/letters",
				"/survey/{id}/recipients")) {
			ResponseEntity<String> unknown = sato.getForEntity(document, String.class, "no-such-survey");
			assertThat(unknown.getStatusCode()).as(document).isEqualTo(HttpStatus.NOT_FOUND);
		}

		String id = engine.getFormService().submitStartForm(definitionId(),
				Variables.createVariables().putValue(SurveyRollout.SURVEY_TITLE, "ファイルなしの取込")).getId();
		String[] staff = staffForm(sato, id);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.add(HttpHeaders.COOKIE, staff[0].split(";")[0]);
		ResponseEntity<String> notMultipart = sato.exchange("/survey/{id}/recipients/import", HttpMethod.POST,
				new HttpEntity<>("_csrf=" + staff[1] + "&file=recipients.csv", headers), String.class, id);
		assertThat(notMultipart.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(notMultipart.getBody()).contains("送信するファイル（file）を選んでください。");
	}

	private static void keepForALook(String name, String html) throws java.io.IOException {
		java.nio.file.Path out = java.nio.file.Path.of("target", "survey-pages", name);
		java.nio.file.Files.createDirectories(out.getParent());
		java.nio.file.Files.writeString(out, html.replace("href=\"/css/", "href=\"../../src/main/resources/static/css/"));
	}

	private static Map<String, String> completeAnswers() {
		return Map.ofEntries(Map.entry("q1", "NPO法人"), Map.entry("q2", "青葉区"), Map.entry("q3", "10年以上"),
				Map.entry("q4", "5人未満"), Map.entry("q5", "相談支援"), Map.entry("q6", "高齢者"), Map.entry("q7", "している"),
				Map.entry("q8", "よくある"), Map.entry("q9", "心の健康"), Map.entry("q13", "官民連携の取組の推進"),
				Map.entry("q15", "interested"), Map.entry("q16", "yes"), Map.entry("q17", "よろしくお願いします"));
	}

	/** GET the page for its CSRF token and session, then POST the answers as the browser does. */
	private ResponseEntity<String> answer(String token, Map<String, String> answers) {
		return post(token, openForm(token), answers);
	}

	/** The session cookie and CSRF token of the response page, as a browser holds them. */
	private String[] openForm(String token) {
		ResponseEntity<String> page = rest.getForEntity("/public/survey/{t}", String.class, token);
		Matcher csrf = CSRF.matcher(page.getBody());
		assertThat(csrf.find()).as("CSRF field on the page %s", page).isTrue();
		return new String[] { page.getHeaders().getFirst(HttpHeaders.SET_COOKIE), csrf.group(1) };
	}

	private ResponseEntity<String> post(String token, String[] session, Map<String, String> answers) {
		HttpEntity<MultiValueMap<String, String>> request = form(answers, session[0]);
		request.getBody().add("_csrf", session[1]);
		return rest.postForEntity("/public/survey/{t}", request, String.class, token);
	}

	private static HttpEntity<MultiValueMap<String, String>> form(Map<String, String> values, String cookie) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		if (cookie != null) {
			headers.add(HttpHeaders.COOKIE, cookie.split(";")[0]);
		}
		MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
		values.forEach(body::add);
		return new HttpEntity<>(body, headers);
	}

	/** The session cookie and CSRF token of the recipient page, as the staff member's browser holds them. */
	private String[] staffForm(TestRestTemplate user, String surveyId) {
		ResponseEntity<String> page = user.getForEntity("/survey/{id}/recipients", String.class, surveyId);
		Matcher csrf = CSRF.matcher(page.getBody());
		assertThat(csrf.find()).as("CSRF field on the recipient page").isTrue();
		return new String[] { page.getHeaders().getFirst(HttpHeaders.SET_COOKIE), csrf.group(1) };
	}

	private ResponseEntity<String> upload(TestRestTemplate user, String surveyId, String[] session, byte[] content) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		headers.add(HttpHeaders.COOKIE, session[0].split(";")[0]);
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("_csrf", session[1]);
		body.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return "recipients.csv";
			}
		});
		return user.exchange("/survey/{id}/recipients/import", HttpMethod.POST, new HttpEntity<>(body, headers),
				String.class, surveyId);
	}

	private HttpStatusCode recipientsPageFor(String user, String surveyId) {
		return rest.withBasicAuth(user, user).getForEntity("/survey/{id}/recipients", String.class, surveyId)
			.getStatusCode();
	}

	private void complete(String surveyId, String activityId, Map<String, Object> values) {
		engine.getFormService().submitTaskForm(openTask(surveyId, activityId).getId(), values);
	}

	private Task openTask(String surveyId, String activityId) {
		List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(surveyId)
			.taskDefinitionKey(activityId).list();
		assertThat(tasks).as("open task %s", activityId).hasSize(1);
		return tasks.get(0);
	}

	private void runJob(String surveyId, String activityId) {
		engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
			.processInstanceId(surveyId).activityId(activityId).singleResult().getId());
	}

	private String definitionId() {
		return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(SurveyRollout.PROCESS_KEY)
			.latestVersion().singleResult().getId();
	}

}
