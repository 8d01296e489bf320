package jp.tsunagari.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import jp.tsunagari.calendar.WorkingDays;
import jp.tsunagari.survey.TestMailServer;

/**
 * The task mails in the whole application, against a test mail server, on the demo directory (健康福祉局 社会課: sato
 * and its supervisor inoue): an urgent task is mailed at once, once; a new task comes in one digest to each member at
 * the next working day's 08:30, once however often the run repeats; a member who switched digests off on the
 * settings page gets none; a referral task's mail says only that a task is waiting; a task near its due date gets a
 * reminder; a late task is escalated once to the supervisor, the task's history says so and the managers' progress
 * page marks it.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@Import(TestClock.class)
class TaskNotificationsIT {

	private static final int MAIL_PORT = TestMailServer.freePort();

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@RegisterExtension
	static GreenMailExtension greenMail = TestMailServer.on(MAIL_PORT);

	private static final TestClock.SettableClock CLOCK = TestClock.CLOCK;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MAIL_PORT);
	}

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private TaskNotifications notifications;

	@Autowired
	private WorkingDays workingDays;

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void resetEngineClock() {
		ClockUtil.reset();
	}

	@Test
	void staffAreToldOfNewUrgentNearAndLateTasksOnceEachAsTheyChose() throws Exception {
		// an urgent task: mailed within the run, to each member of the department, once
		String urgent = startSurvey("至急の通知テスト調査");
		engine.getTaskService().setPriority(urgent, 80);
		String first = startSurvey("通知テスト調査A");
		CLOCK.set(LocalDateTime.now(TOKYO).plusMinutes(1));
		runThroughTheProcess();
		assertThat(mails("sato@example.jp", "至急")).hasSize(1).allSatisfy(mail -> assertThat(body(mail))
			.contains("至急の通知テスト調査").contains("/camunda/app/tasklist/default/#/?task=" + urgent));
		assertThat(mails("inoue@example.jp", "至急")).hasSize(1);
		assertThat(mails("sato@example.jp", "新しいタスク")).isEmpty();
		notifications.run();
		assertThat(mails("sato@example.jp", "至急")).hasSize(1);

		// the next working day at 08:30: one digest each with the new task (not the urgent one), however often it runs
		LocalDate firstDay = nextDigestDay(LocalDateTime.now(TOKYO));
		CLOCK.set(firstDay.atTime(8, 31));
		notifications.run();
		notifications.run();
		for (String member : List.of("sato@example.jp", "inoue@example.jp")) {
			assertThat(mails(member, "新しいタスク")).as(member).hasSize(1);
			assertThat(body(mails(member, "新しいタスク").get(0))).contains("通知テスト調査A")
				.contains("/camunda/app/tasklist/default/#/?task=" + first)
				.doesNotContain("至急の通知テスト調査");
		}
		assertThat(mails("sasaki@example.jp", "新しいタスク")).as("another department").isEmpty();

		// inoue switches the digest off on the settings page; a bad time is refused naming the field
		String[] session = settingsForm("inoue");
		assertThat(saveSettings("inoue", session, null, "8時").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(saveSettings("inoue", session, null, "8時").getBody()).contains("届く時刻");
		ResponseEntity<String> saved = saveSettings("inoue", session, null, "09:00");
		assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(saved.getBody()).contains("設定を保存しました");

		// the next working day: sato's digest has the new task and the referral feedback, the latter as "waiting" only
		ClockUtil.setCurrentTime(date(firstDay.atTime(10, 0)));
		String second = startSurvey("通知テスト調査B");
		engine.getRuntimeService().startProcessInstanceByKey("referral-feedback", Variables.createVariables()
			.putValue("caseNumber", "R-2026-0999")
			.putValue("reporterName", "（テスト）名張 花子")
			.putValue("reporterGroup", "health-welfare-social-affairs")
			.putValue("feedbackMessage", "（テスト）地域のサロンにつながりました"));
		LocalDate secondDay = nextDigestDay(firstDay.atTime(8, 31));
		Task near = engine.getTaskService().createTaskQuery().taskId(second).singleResult();
		near.setDueDate(date(workingDays.plus(secondDay, 2).atTime(17, 0)));
		near.setAssignee("sato");
		engine.getTaskService().saveTask(near);
		// sato is away that day: the reminder of his task also reaches inoue, who acts for him
		jdbc.update("INSERT INTO TSG_ABSENCE (ABSENT_USER, SUBSTITUTE, FROM_DATE, TO_DATE, STATE, RECORDED_BY,"
				+ " RECORDED_AT) VALUES ('sato', 'inoue', ?, ?, 'RECORDED', 'sato', CURRENT_TIMESTAMP)",
				java.sql.Date.valueOf(secondDay), java.sql.Date.valueOf(secondDay));
		CLOCK.set(secondDay.atTime(8, 31));
		notifications.run();
		assertThat(mails("sato@example.jp", "新しいタスク")).hasSize(2);
		String digest = body(mails("sato@example.jp", "新しいタスク").get(1));
		assertThat(digest).contains("通知テスト調査B").contains("対応待ちのタスクがあります")
			.doesNotContain("R-2026-0999").doesNotContain("名張").doesNotContain("サロン");
		assertThat(mails("inoue@example.jp", "新しいタスク")).as("digest switched off").hasSize(1);
		for (String told : List.of("sato@example.jp", "inoue@example.jp")) {
			assertThat(mails(told, "期限が近い")).as(told).hasSize(1)
				.allSatisfy(mail -> assertThat(body(mail)).contains("通知テスト調査B"));
		}
		assertThat(mails("sasaki@example.jp", "期限が近い")).isEmpty();

		// a late task: one escalation to the department's supervisor, recorded in the task's history
		Task late = engine.getTaskService().createTaskQuery().taskId(first).singleResult();
		late.setDueDate(date(secondDay.atTime(8, 0)));
		engine.getTaskService().saveTask(late);
		CLOCK.set(secondDay.atTime(9, 0));
		notifications.run();
		notifications.run();
		assertThat(mails("inoue@example.jp", "期限を過ぎた")).hasSize(1)
			.allSatisfy(mail -> assertThat(body(mail)).contains("通知テスト調査A"));
		assertThat(mails("sato@example.jp", "期限を過ぎた")).as("not a supervisor").isEmpty();
		assertThat(engine.getTaskService().getTaskComments(first)).hasSize(1)
			.allSatisfy(comment -> assertThat(comment.getFullMessage()).contains("井上 健一"));
		// and the managers' progress page marks it: the survey's one late task was escalated
		String progress = rest.withBasicAuth("kato", "kato").getForObject("/progress?process=survey-rollout",
				String.class);
		assertThat(progress).contains("通知テスト調査A");
		assertThat(progress.split("所属長へ通知済", -1)).as("one marker, on the escalated survey").hasSize(2);
	}

	/**
	 * The timer's job starts a run, whose external task is fetched and completed as the worker does (the worker's
	 * REST client is left out: on a loaded machine its polling made the test's time limit flaky).
	 */
	private void runThroughTheProcess() {
		String timer = engine.getManagementService().createJobQuery().timers()
			.processDefinitionKey(TaskNotificationsProcess.PROCESS_KEY).singleResult().getId();
		engine.getManagementService().executeJob(timer);
		List<LockedExternalTask> locked = engine.getExternalTaskService().fetchAndLock(1, "test-worker")
			.topic(TaskNotificationsProcess.TOPIC, SendTaskNotificationsWorker.LOCK_MILLIS)
			.processDefinitionKey(TaskNotificationsProcess.PROCESS_KEY)
			.execute();
		assertThat(locked).hasSize(1);
		TaskNotifications.Result result = notifications.run();
		engine.getExternalTaskService().complete(locked.get(0).getId(), "test-worker",
				Map.of("urgentMails", result.urgent()));
		assertThat(engine.getRuntimeService().createProcessInstanceQuery()
			.processDefinitionKey(TaskNotificationsProcess.PROCESS_KEY).count()).isZero();
		assertThat(result.urgent()).isEqualTo(2);
	}

	private String startSurvey(String title) {
		String definition = engine.getRepositoryService().createProcessDefinitionQuery()
			.processDefinitionKey("survey-rollout").latestVersion().singleResult().getId();
		String instance = engine.getFormService()
			.submitStartForm(definition, Variables.createVariables().putValue("surveyTitle", title)).getId();
		return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
	}

	private LocalDate nextDigestDay(LocalDateTime time) {
		return TaskMailbox.nextDigestDay(workingDays, time);
	}

	private String[] settingsForm(String user) {
		ResponseEntity<String> page = rest.withBasicAuth(user, user).getForEntity("/notifications", String.class);
		assertThat(page.getBody()).contains("メール通知の設定");
		Matcher csrf = CSRF.matcher(page.getBody());
		assertThat(csrf.find()).isTrue();
		return new String[] { page.getHeaders().getFirst(HttpHeaders.SET_COOKIE), csrf.group(1) };
	}

	private ResponseEntity<String> saveSettings(String user, String[] session, String enabled, String time) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.add(HttpHeaders.COOKIE, session[0].split(";")[0]);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("_csrf", session[1]);
		if (enabled != null) {
			form.add("digestEnabled", enabled);
		}
		form.add("digestTime", time);
		return rest.withBasicAuth(user, user).exchange("/notifications", HttpMethod.POST, new HttpEntity<>(form, headers),
				String.class);
	}

	private static List<MimeMessage> mails(String to, String subjectPart) {
		return TaskMailbox.mails(greenMail, to, subjectPart);
	}

	private static String body(MimeMessage mail) {
		return TaskMailbox.body(mail);
	}

	private static Date date(LocalDateTime time) {
		return Date.from(time.atZone(TOKYO).toInstant());
	}

}
