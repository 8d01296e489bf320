package jp.tsunagari.survey;

import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * 調査依頼の送付: e-mails each recipient its personal link and prepares the printable letters of postal recipients;
 * completes with the counts. Idempotent and retried (see {@link SurveyDispatch}, {@link WorkerRetries}).
 */
@Component
@Conditional(SurveyWorkersCondition.class)
@ExternalTaskSubscription(topicName = SurveyRollout.TOPIC_SEND_INVITATIONS,
		processDefinitionKey = SurveyRollout.PROCESS_KEY, variableNames = SurveyRollout.SURVEY_ID,
		lockDuration = LockHeartbeat.LOCK_MILLIS)
class SendSurveyInvitationsWorker implements ExternalTaskHandler {

	private final SurveyDispatch dispatch;

	private final WorkerRetries retries;

	SendSurveyInvitationsWorker(SurveyDispatch dispatch, WorkerRetries retries) {
		this.dispatch = dispatch;
		this.retries = retries;
	}

	@Override
	public void execute(ExternalTask task, ExternalTaskService service) {
		SurveyDispatch.Result result;
		try {
			result = dispatch.sendInvitations(task.getVariable(SurveyRollout.SURVEY_ID),
					LockHeartbeat.of(task, service));
		}
		catch (RuntimeException ex) {
			retries.fail(task, service, "調査依頼を送付できません", ex);
			return;
		}
		service.complete(task, Map.of(SurveyRollout.EMAIL_COUNT, result.emails(), SurveyRollout.LETTER_COUNT,
				result.letters()));
	}

}
