package jp.tsunagari.survey;

import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * 未回答者への督促: e-mails a reminder with the same personal link to every recipient who has not answered. Each
 * timer firing is its own activity instance, the round of the idempotency key: a redelivered task of the same
 * round sends nothing twice, the next round reminds again.
 */
@Component
@Conditional(SurveyWorkersCondition.class)
@ExternalTaskSubscription(topicName = SurveyRollout.TOPIC_SEND_REMINDERS,
		processDefinitionKey = SurveyRollout.PROCESS_KEY,
		variableNames = { SurveyRollout.SURVEY_ID, SurveyRollout.REMINDERS_SENT },
		lockDuration = LockHeartbeat.LOCK_MILLIS)
class SendSurveyRemindersWorker implements ExternalTaskHandler {

	private final SurveyDispatch dispatch;

	private final WorkerRetries retries;

	SendSurveyRemindersWorker(SurveyDispatch dispatch, WorkerRetries retries) {
		this.dispatch = dispatch;
		this.retries = retries;
	}

	@Override
	public void execute(ExternalTask task, ExternalTaskService service) {
		int sent;
		try {
			sent = dispatch.sendReminders(task.getVariable(SurveyRollout.SURVEY_ID), task.getActivityInstanceId(),
					LockHeartbeat.of(task, service));
		}
		catch (RuntimeException ex) {
			retries.fail(task, service, "督促メールを送付できません", ex);
			return;
		}
		Number before = task.getVariable(SurveyRollout.REMINDERS_SENT);
		service.complete(task, Map.of(SurveyRollout.REMINDERS_SENT, (before == null ? 0 : before.intValue()) + sent));
	}

}
