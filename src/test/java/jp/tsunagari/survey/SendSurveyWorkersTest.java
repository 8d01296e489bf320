package jp.tsunagari.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The dispatch workers against a real SMTP server (GreenMail): a failure is retried with a growing wait and then
 * becomes an incident; a task delivered again after a failure half-way sends each recipient exactly one mail.
 */
class SendSurveyWorkersTest {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMailServer.onFreePort();

	private final SurveyStoreFixture store = new SurveyStoreFixture(Clock.systemDefaultZone());

	private final WorkerRetries retries = new WorkerRetries(SurveyStoreFixture.properties());

	private final ExternalTaskService service = mock(ExternalTaskService.class);

	@BeforeEach
	void survey() {
		store.surveys.create("s1", "支援団体調査", "support-organisations");
		store.recipients.add("s1", List.of(new NewRecipient("NPO法人つながり", "山田", "yamada@npo.example.jp", "", ""),
				new NewRecipient("子ども食堂みやぎ", "", "info@kodomo.example.jp", "", ""),
				new NewRecipient("いこいの家", "", "", "仙台市青葉区1-2-3", "")), "sato");
		store.surveys.open("s1", LocalDateTime.now().plusDays(30));
	}

	@Test
	void aFailedSendIsRetriedWithBackoffThenAnIncidentAndARedeliveredTaskSendsEachMailOnce() throws Exception {
		// the mail server accepts the first mail, then goes away
		FailingAfter flaky = new FailingAfter(TestMailServer.senderTo(greenMail), 1);
		SendSurveyInvitationsWorker worker = new SendSurveyInvitationsWorker(store.dispatch(flaky), retries);

		worker.execute(task(null), service);
		verify(service).handleFailure(any(), startsWith("調査依頼を送付できません"), anyString(), eq(3), eq(30_000L));
		worker.execute(task(3), service);
		verify(service).handleFailure(any(), anyString(), anyString(), eq(2), eq(60_000L));
		worker.execute(task(2), service);
		verify(service).handleFailure(any(), anyString(), anyString(), eq(1), eq(120_000L));
		worker.execute(task(1), service);
		// no retries left: an incident in Cockpit, no further wait
		verify(service).handleFailure(any(), anyString(), anyString(), eq(0), eq(0L));
		verify(service, never()).complete(any(), anyMap());
		assertThat(greenMail.getReceivedMessages()).hasSize(1);

		// the server is back; the operator retries the incident: only the missing mail goes out
		flaky.recover();
		worker.execute(task(1), service);
		verify(service).complete(any(), eq(Map.of(SurveyRollout.EMAIL_COUNT, 2, SurveyRollout.LETTER_COUNT, 1)));
		assertThat(greenMail.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
			.containsExactlyInAnyOrder("yamada@npo.example.jp", "info@kodomo.example.jp");
		MimeMessage invitation = greenMail.getReceivedMessages()[0];
		assertThat(invitation.getSubject()).isEqualTo("【調査ご協力のお願い】支援団体調査");
		assertThat((String) invitation.getContent()).contains("https://tsunagari.example.jp/public/survey/");

		// a task redelivered after completion was lost sends nothing at all
		worker.execute(task(3), service);
		verify(service, org.mockito.Mockito.times(2)).complete(any(),
				eq(Map.of(SurveyRollout.EMAIL_COUNT, 2, SurveyRollout.LETTER_COUNT, 1)));
		assertThat(greenMail.getReceivedMessages()).hasSize(2);
	}

	@Test
	void postalRecipientsGetTheirLetterWhileTheMailServerIsDown() {
		SendSurveyInvitationsWorker worker = new SendSurveyInvitationsWorker(
				store.dispatch(new FailingAfter(null, 0)), retries);

		worker.execute(task(null), service);

		verify(service).handleFailure(any(), startsWith("調査依頼を送付できません"), anyString(), eq(3), eq(30_000L));
		// the letters page lists postal recipients with a link: いこいの家 (last in the list) has its link
		assertThat(store.recipients.list("s1")).filteredOn(Recipient::byPost)
			.singleElement()
			.satisfies(letter -> assertThat(letter.tokenSalt()).isNotNull());
		assertThat(store.deliveries.count(Deliveries.Kind.LETTER, "s1")).isEqualTo(1);
		assertThat(store.deliveries.count(Deliveries.Kind.INVITATION, "s1")).isZero();
	}

	@Test
	void remindersGoOnlyToNonRespondentsOncePerRound() throws Exception {
		SurveyDispatch dispatch = store.dispatch(TestMailServer.senderTo(greenMail));
		dispatch.sendInvitations("s1");
		Recipient answered = store.recipients.list("s1").stream().filter(r -> "yamada@npo.example.jp".equals(r.email()))
			.findFirst().orElseThrow();
		store.responses.save(answered.id(), Map.of("q15", List.of("interested")));
		greenMail.reset();

		SendSurveyRemindersWorker worker = new SendSurveyRemindersWorker(dispatch, retries);
		ExternalTask round1 = task(null);
		when(round1.getActivityInstanceId()).thenReturn("Task_SendReminders:round1");
		when(round1.getVariable(SurveyRollout.REMINDERS_SENT)).thenReturn(0);
		worker.execute(round1, service);
		worker.execute(round1, service);
		// both deliveries complete with the round's total, one reminder
		verify(service, org.mockito.Mockito.times(2)).complete(round1, Map.of(SurveyRollout.REMINDERS_SENT, 1));
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
		MimeMessage reminder = greenMail.getReceivedMessages()[0];
		assertThat(reminder.getAllRecipients()[0].toString()).isEqualTo("info@kodomo.example.jp");
		assertThat(reminder.getSubject()).startsWith("【再送・ご回答のお願い】");
		// the same personal link as the invitation
		Recipient waiting = store.recipients.list("s1").stream().filter(r -> "info@kodomo.example.jp".equals(r.email()))
			.findFirst().orElseThrow();
		assertThat((String) reminder.getContent()).contains("/public/survey/" + store.tokenOf(waiting.id()));

		ExternalTask round2 = task(null);
		when(round2.getActivityInstanceId()).thenReturn("Task_SendReminders:round2");
		worker.execute(round2, service);
		assertThat(greenMail.getReceivedMessages()).hasSize(2);
	}

	@Test
	void aLongListKeepsItsShortLockSoNoSecondWorkerStartsOnIt() {
		List<NewRecipient> many = new java.util.ArrayList<>();
		for (int i = 0; i < 250; i++) {
			many.add(new NewRecipient("団体" + i, "", "org" + i + "@example.jp", "", ""));
		}
		store.recipients.add("s1", many, "sato");
		// a slow mail server: each mail takes a second of the worker's clock
		long[] clock = { 0 };
		FailingAfter slow = new FailingAfter(null, Integer.MAX_VALUE) {
			@Override
			public void send(MimeMessage message) {
				clock[0] += 1_000;
			}
		};
		int[] extensions = { 0 };
		SurveyDispatch.Result result = store.dispatch(slow)
			.sendInvitations("s1", new LockHeartbeat(() -> extensions[0]++, () -> clock[0]));
		assertThat(result).isEqualTo(new SurveyDispatch.Result(252, 1));
		// 252 s of sending under a 60 s lock: extended at the start and then every 20 s
		assertThat(extensions[0]).isEqualTo(1 + 252 / 20);
	}

	@Test
	void theWorkerExtendsItsLockThroughTheEngineClient() {
		ExternalTask task = task(null);
		new SendSurveyInvitationsWorker(store.dispatch(new FailingAfter(null, Integer.MAX_VALUE) {
			@Override
			public void send(MimeMessage message) {
				// accepted without a server
			}
		}), retries).execute(task, service);
		verify(service).extendLock(task, LockHeartbeat.LOCK_MILLIS);
		verify(service).complete(task, Map.of(SurveyRollout.EMAIL_COUNT, 2, SurveyRollout.LETTER_COUNT, 1));
	}

	private static ExternalTask task(Integer retriesLeft) {
		ExternalTask task = mock(ExternalTask.class);
		when(task.getVariable(SurveyRollout.SURVEY_ID)).thenReturn("s1");
		when(task.getRetries()).thenReturn(retriesLeft);
		when(task.getTopicName()).thenReturn(SurveyRollout.TOPIC_SEND_INVITATIONS);
		return task;
	}

	private static ExternalTask any() {
		return org.mockito.ArgumentMatchers.any(ExternalTask.class);
	}

	/** A mail sender that works for the first n mails, then fails until it recovers. */
	static class FailingAfter extends JavaMailSenderImpl {

		private final JavaMailSenderImpl target;

		private int left;

		FailingAfter(JavaMailSenderImpl target, int working) {
			this.target = target;
			this.left = working;
		}

		void recover() {
			left = Integer.MAX_VALUE;
		}

		@Override
		public void send(MimeMessage message) {
			if (left-- <= 0) {
				throw new MailSendException("Connection refused (test)");
			}
			target.send(message);
		}

	}

}
