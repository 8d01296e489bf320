package jp.tsunagari.notification;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * タスクのお知らせの送信: one run of {@link TaskNotifications}, completed with what it sent. A failed run (mail server
 * down) is retried {@code tsunagari.notification.retries} times a minute apart, then becomes an incident in Cockpit
 * naming the cause; the next timer firing starts a fresh run meanwhile, and nothing is sent twice.
 */
@EngineNode
@Component
@ExternalTaskSubscription(topicName = TaskNotificationsProcess.TOPIC,
		processDefinitionKey = TaskNotificationsProcess.PROCESS_KEY, lockDuration = SendTaskNotificationsWorker.LOCK_MILLIS)
class SendTaskNotificationsWorker implements ExternalTaskHandler {

	static final long LOCK_MILLIS = 600_000;

	private static final long RETRY_WAIT_MILLIS = 60_000;

	private static final Logger log = LoggerFactory.getLogger(SendTaskNotificationsWorker.class);

	private final TaskNotifications notifications;

	private final NotificationProperties properties;

	SendTaskNotificationsWorker(TaskNotifications notifications, NotificationProperties properties) {
		this.notifications = notifications;
		this.properties = properties;
	}

	@Override
	public void execute(ExternalTask task, ExternalTaskService service) {
		TaskNotifications.Result result;
		try {
			result = notifications.run();
		}
		catch (RuntimeException ex) {
			int retriesLeft = Math.max(0, task.getRetries() == null ? properties.retries() : task.getRetries() - 1);
			log.warn("Task notifications {}: cannot send ({} retries left): {}", task.getProcessInstanceId(), retriesLeft,
					ex.toString());
			StringWriter trace = new StringWriter();
			ex.printStackTrace(new PrintWriter(trace));
			service.handleFailure(task, "タスクのお知らせを送信できません: " + ex.getMessage(), trace.toString(), retriesLeft,
					retriesLeft > 0 ? RETRY_WAIT_MILLIS : 0);
			return;
		}
		service.complete(task, Map.of("digests", result.digests(), "urgentMails", result.urgent(), "reminders",
				result.reminders(), "escalations", result.escalations(), "escalatedTasks", result.escalatedTasks()));
	}

}
