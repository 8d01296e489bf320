package jp.tsunagari.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalTime;
import java.util.Map;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.mail.MailSendException;

/**
 * The worker's answers to the engine: a run that could not send (the mail server is down) is a failure naming the
 * cause, retried a minute later while retries remain and an incident (no retries, no wait) at the last one; a run
 * that sent completes the external task with what it sent.
 */
class SendTaskNotificationsWorkerTest {

	private final TaskNotifications notifications = mock(TaskNotifications.class);

	private final ExternalTaskService service = mock(ExternalTaskService.class);

	private final ExternalTask task = mock(ExternalTask.class);

	private final SendTaskNotificationsWorker worker = new SendTaskNotificationsWorker(notifications,
			new NotificationProperties("R/PT5M", LocalTime.of(8, 30), 75, 3, "supervisors", "managers",
					"tsunagari@city.example.jp", "http://localhost:8080", 3));

	@Test
	void aRunThatCannotSendIsRetriedAMinuteLaterNamingTheCause() {
		when(notifications.run()).thenThrow(new MailSendException("Mail server connection failed: Connection refused"));
		when(task.getRetries()).thenReturn(null);

		worker.execute(task, service);

		ArgumentCaptor<String> message = ArgumentCaptor.forClass(String.class);
		verify(service).handleFailure(eq(task), message.capture(), anyString(), eq(3), eq(60_000L));
		assertThat(message.getValue()).startsWith("タスクのお知らせを送信できません").contains("Connection refused");
		verify(service, never()).complete(any(), any());
	}

	@Test
	void theLastFailedRetryBecomesAnIncident() {
		when(notifications.run()).thenThrow(new MailSendException("Mail server connection failed: Connection refused"));
		when(task.getRetries()).thenReturn(1);

		worker.execute(task, service);

		verify(service).handleFailure(eq(task), anyString(), anyString(), eq(0), eq(0L));
	}

	@Test
	void aRunThatSentCompletesWithWhatItSent() {
		when(notifications.run()).thenReturn(new TaskNotifications.Result(12, 1, 2, 1, 1));

		worker.execute(task, service);

		verify(service).complete(task, Map.of("digests", 12, "urgentMails", 1, "reminders", 2, "escalations", 1,
				"escalatedTasks", 1));
		verify(service, never()).handleFailure(any(ExternalTask.class), anyString(), anyString(), eq(0), anyLong());
	}

}
