package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The REST API's history lists are bounded: a page larger than 100 rows is refused with 400 naming maxResults, a list
 * without maxResults gives the first 100, and the rest is read page by page; historic variables and details are
 * read for one process instance (or execution, task...) at a time, else 400 naming processInstanceId.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@ActiveProfiles({ "demo", "test" })
class RestHistoryLimitsIT {

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private ProcessEngine engine;

	@Test
	void aHistoryPageIsAtMostOneHundredRows() {
		engine.getRepositoryService().createDeployment().addModelInstance("history-page.bpmn",
				Bpmn.createExecutableProcess("history-page").camundaHistoryTimeToLive(1).startEvent().userTask()
					.endEvent().done()).deploy();
		Map<String, Object> variables = new HashMap<>();
		for (int i = 0; i < 120; i++) {
			variables.put("v" + i, i);
		}
		String instance = engine.getRuntimeService().startProcessInstanceByKey("history-page", variables).getId();
		TestRestTemplate demo = rest.withBasicAuth("demo", "demo");

		ResponseEntity<String> tooLarge = rest.withBasicAuth("sato", "sato")
			.getForEntity("/engine-rest/history/detail?maxResults=300&processInstanceId=" + instance, String.class);
		assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(tooLarge.getBody()).contains("maxResults", "100");
		assertThat(demo.getForEntity("/engine-rest/history/task?maxResults=101", String.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		for (String unnarrowed : List.of("/history/detail?maxResults=10", "/history/variable-instance",
				"/history/detail/count", "/history/variable-instance/count?variableName=v1")) {
			ResponseEntity<String> refused = rest.withBasicAuth("sato", "sato").getForEntity("/engine-rest" + unnarrowed,
					String.class);
			assertThat(refused.getStatusCode()).as(unnarrowed).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(refused.getBody()).as(unnarrowed).contains("processInstanceId");
		}
		HttpHeaders json = new HttpHeaders();
		json.setContentType(MediaType.APPLICATION_JSON);
		assertThat(demo.exchange("/engine-rest/history/variable-instance", HttpMethod.POST,
				new HttpEntity<>("{\"variableName\": \"v1\"}", json), String.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(demo.exchange("/engine-rest/history/variable-instance", HttpMethod.POST,
				new HttpEntity<>("{\"processInstanceIdIn\": [\"" + instance + "\"]}", json), Map[].class).getBody())
			.hasSize(100);

		String list = "/engine-rest/history/variable-instance?processInstanceId=" + instance;
		assertThat(demo.getForObject(list, Map[].class)).hasSize(100);
		assertThat(demo.getForObject(list + "&firstResult=100&maxResults=100", Map[].class)).hasSize(20);
		assertThat(demo.getForObject("/engine-rest/history/variable-instance/count?processInstanceId=" + instance,
				String.class)).contains("120");
		assertThat(demo.getForEntity("/engine-rest/variable-instance?processInstanceIdIn=" + instance, Map[].class)
			.getBody()).as("runtime lists are not history").hasSize(120);
	}

}
