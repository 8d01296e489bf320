package jp.tsunagari.notification;

import static jp.tsunagari.notification.TaskMailbox.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.tsunagari.calendar.WorkingDays;
import jp.tsunagari.survey.SurveyRollout;
import jp.tsunagari.survey.TestMailServer;
import jp.tsunagari.system.ActiveDirectoryTree;
import jp.tsunagari.system.InMemoryLdap;

/**
 * The task mails under profile {@code ldap}, against a real LDAP server (the Active Directory-style tree of
 * {@code ldap/active-directory.ldif} on an in-JVM server) and a test mail server: a new task for 社会課 comes in one
 * digest to each of its members (sato, takeda) at the address of the directory's {@code mail} attribute, to no one
 * else; once late, it is escalated once to the department's supervisor, takeda (a member of the directory's
 * {@code supervisors} group), and to no one else.
 */
@DirtiesContext
@SpringBootTest
@ActiveProfiles({ "ldap", "test" })
@Import(TestClock.class)
class LdapTaskMailsIT {

	private static final int MAIL_PORT = TestMailServer.freePort();

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private static final InMemoryLdap LDAP = ActiveDirectoryTree.start();

	@RegisterExtension
	static GreenMailExtension greenMail = TestMailServer.on(MAIL_PORT);

	private static final TestClock.SettableClock CLOCK = TestClock.CLOCK;

	@DynamicPropertySource
	static void cityDirectoryAndMailServer(DynamicPropertyRegistry registry) {
		ActiveDirectoryTree.register(LDAP, registry);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MAIL_PORT);
	}

	@AfterAll
	static void stopDirectory() {
		LDAP.shutDown();
	}

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private TaskNotifications notifications;

	@Autowired
	private WorkingDays workingDays;

	@Test
	void aNewTaskIsOneDigestPerMemberAtTheDirectorysAddressAndALateOneGoesToTheSupervisor() {
		String instance = engine.getRuntimeService()
			.startProcessInstanceByKey(SurveyRollout.PROCESS_KEY,
					Map.of(SurveyRollout.SURVEY_TITLE, "令和8年度 支援団体アンケート（LDAPの通知）"))
			.getId();
		String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();

		LocalDate digestDay = TaskMailbox.nextDigestDay(workingDays, LocalDateTime.now(TOKYO));
		CLOCK.set(digestDay.atTime(8, 31));
		notifications.run();
		notifications.run();
		for (String member : List.of("sato@city.lg.jp", "takeda@city.lg.jp")) {
			assertThat(mails(member, "新しいタスク")).as(member).hasSize(1)
				.allSatisfy(mail -> assertThat(body(mail)).contains("令和8年度 支援団体アンケート（LDAPの通知）")
					.contains("/camunda/app/tasklist/default/#/?task=" + task));
		}
		assertThat(greenMail.getReceivedMessages()).as("no one outside 社会課").hasSize(2);

		Task late = engine.getTaskService().createTaskQuery().taskId(task).singleResult();
		late.setDueDate(Date.from(digestDay.atTime(8, 0).atZone(TOKYO).toInstant()));
		engine.getTaskService().saveTask(late);
		CLOCK.set(digestDay.atTime(9, 0));
		notifications.run();
		notifications.run();
		assertThat(mails("takeda@city.lg.jp", "期限を過ぎた")).hasSize(1)
			.allSatisfy(mail -> assertThat(body(mail)).contains("令和8年度 支援団体アンケート（LDAPの通知）"));
		assertThat(mails("sato@city.lg.jp", "期限を過ぎた")).as("not a supervisor").isEmpty();
		assertThat(mails("kato@city.lg.jp", "期限を過ぎた")).as("the fallback group: 社会課 has a supervisor").isEmpty();
		assertThat(engine.getTaskService().getTaskComments(task)).hasSize(1)
			.allSatisfy(comment -> assertThat(comment.getFullMessage()).contains("武田 亮"));
	}

	private static List<MimeMessage> mails(String to, String subjectPart) {
		return TaskMailbox.mails(greenMail, to, subjectPart);
	}

}
