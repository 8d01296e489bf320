package jp.tsunagari.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.camunda.bpm.client.task.ExternalTaskHandler;

/**
 * Test support for whole-application tests: runs one of the application's survey worker beans with an
 * external-task client that signs in to the REST API as a worker node does, until the test's condition holds.
 */
final class SurveyWorkerClient {

	private SurveyWorkerClient() {
	}

	static void runUntil(int port, String topic, String[] variables, ExternalTaskHandler worker, BooleanSupplier done)
			throws InterruptedException {
		ExternalTaskClient client = ExternalTaskClient.create()
			.baseUrl("http://localhost:" + port + "/engine-rest")
			.addInterceptor(new BasicAuthProvider("worker", "worker"))
			.workerId("test-survey-worker")
			.asyncResponseTimeout(1_000)
			.disableAutoFetching()
			.build();
		try {
			client.subscribe(topic).processDefinitionKey(SurveyRollout.PROCESS_KEY).variables(variables).handler(worker)
				.open();
			client.start();
			Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
			while (!done.getAsBoolean()) {
				assertThat(Instant.now()).as("the worker finished within 30 s").isBefore(deadline);
				Thread.sleep(200);
			}
		}
		finally {
			client.stop();
		}
	}

}
