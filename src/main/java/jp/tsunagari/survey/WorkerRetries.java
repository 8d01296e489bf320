package jp.tsunagari.survey;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failed dispatch (mail server down, database busy) is usually passing: the task is retried with a growing wait,
 * {@code tsunagari.survey.retries} times, and then becomes an incident in Cockpit whose message names the cause.
 * What was sent before the failure is not sent again (see {@link SurveyDispatch}).
 */
class WorkerRetries {

	private static final Logger log = LoggerFactory.getLogger(WorkerRetries.class);

	private final SurveyProperties properties;

	WorkerRetries(SurveyProperties properties) {
		this.properties = properties;
	}

	void fail(ExternalTask task, ExternalTaskService service, String message, RuntimeException cause) {
		int retriesLeft = task.getRetries() == null ? properties.retries() : task.getRetries() - 1;
		retriesLeft = Math.max(0, retriesLeft);
		long wait = retriesLeft > 0 ? properties.backoffMillis(retriesLeft) : 0;
		log.warn("Survey {} task {}: {} ({} retries left): {}", task.getProcessInstanceId(), task.getTopicName(), message,
				retriesLeft, cause.toString());
		service.handleFailure(task, message + ": " + cause.getMessage(), stackTrace(cause), retriesLeft, wait);
	}

	private static String stackTrace(Throwable cause) {
		java.io.StringWriter text = new java.io.StringWriter();
		cause.printStackTrace(new java.io.PrintWriter(text));
		return text.toString();
	}

}
