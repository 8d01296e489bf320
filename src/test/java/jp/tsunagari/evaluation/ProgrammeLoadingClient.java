package jp.tsunagari.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.camunda.bpm.client.task.ExternalTaskHandler;

/**
 * Test support for whole-application tests: subscribes the application's own worker bean for
 * {@code load-evaluation-programmes} with an external-task client of the test (the application's client does not
 * poll in tests) that signs in to the REST API like a worker node does, until the test's condition holds.
 */
public final class ProgrammeLoadingClient {

	private ProgrammeLoadingClient() {
	}

	public static void runUntil(int port, String username, String password, ExternalTaskHandler worker,
			Duration limit, BooleanSupplier done) throws InterruptedException {
		ExternalTaskClient client = ExternalTaskClient.create()
			.baseUrl("http://localhost:" + port + "/engine-rest")
			.addInterceptor(new BasicAuthProvider(username, password))
			.workerId("test-" + username)
			.asyncResponseTimeout(1_000)
			.disableAutoFetching()
			.build();
		try {
			client.subscribe(SelfEvaluation.TOPIC_LOAD_PROGRAMMES)
				.processDefinitionKey(SelfEvaluation.PROCESS_KEY)
				.variables(SelfEvaluation.FISCAL_YEAR)
				.handler(worker)
				.open();
			client.start();
			Instant deadline = Instant.now().plus(limit);
			while (!done.getAsBoolean()) {
				assertThat(Instant.now()).as("the worker finished within %s", limit).isBefore(deadline);
				Thread.sleep(200);
			}
		}
		finally {
			client.stop();
		}
	}

}
