package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/** The same jar as a worker node: no engine, no database, no webapps; health probes only. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tsunagari.worker.username=worker", "tsunagari.worker.password=worker",
				"camunda.bpm.client.disable-auto-fetching=true" })
@ActiveProfiles(EngineNode.WORKER_PROFILE)
class WorkerNodeIT {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private TestRestTemplate rest;

	@Test
	void runsWithoutEngineOrDatabase() {
		assertThat(context.getBeanNamesForType(ProcessEngine.class)).isEmpty();
		assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
		assertThat(context.getBeanNamesForType(ExternalTaskClient.class)).isNotEmpty();
	}

	@Test
	void servesHealthAndNothingElse() {
		assertThat(rest.getForEntity("/actuator/health/readiness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(rest.getForEntity("/camunda/app/tasklist/", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

}
