package jp.tsunagari.symposium;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.tsunagari.procurement.TrialProjectProcurement;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The symposium in the whole application with the demo directory and authorizations on, through the REST calls
 * Tasklist makes: the lead department (sato) starts it with the start form, sees its venue task and the two called
 * procurement plans, and the designated-city configuration reaches the DMN; a department without start rights
 * cannot start it.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@ActiveProfiles({ "demo", "test" })
class SymposiumRestIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private ProcessEngine engine;

	@Test
	void theLeadDepartmentStartsASymposiumAndSeesItsTasksAndTheContracts() throws Exception {
		TestRestTemplate sato = rest.withBasicAuth("sato", "sato");
		Map<String, Object> plan = Map.of("variables", Map.of(
				SymposiumPlanning.EVENT_TITLE, value("仙台市孤独・孤立シンポジウム"),
				SymposiumPlanning.THEME, value("人と人、人と社会とがつながることができる地域社会へ"),
				"targets", Map.of("value", "[\"SUPPORT_ORGANISATIONS\",\"CITIZENS\"]", "type", "Json"),
				"eventFormat", value("HYBRID"),
				SymposiumPlanning.EVENT_DATE, value("2024-02-06"),
				SymposiumPlanning.BUDGET_YEN, Map.of("value", 4000000, "type", "Long"),
				SymposiumPlanning.EVENT_CONTRACT_BUDGET_YEN, Map.of("value", 3000000, "type", "Long"),
				SymposiumPlanning.DECORATION_CONTRACT_BUDGET_YEN, Map.of("value", 800000, "type", "Long")));

		assertThat(post(rest.withBasicAuth("sasaki", "sasaki"), plan)).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post(sato, plan)).isEqualTo(HttpStatus.OK);

		JsonNode tasks = JSON.readTree(sato.getForObject("/engine-rest/task?candidateGroup=health-welfare-social-affairs"
				+ "&sortBy=name&sortOrder=asc", String.class));
		List<String> names = tasks.findValuesAsText("name");
		assertThat(names).containsExactlyInAnyOrder("会場の確保", "事業計画の作成", "事業計画の作成");
		assertThat(engine.getRuntimeService().createProcessInstanceQuery()
			.processDefinitionKey(TrialProjectProcurement.PROCESS_KEY).list())
			.hasSize(2)
			.allSatisfy(contract -> assertThat(engine.getRuntimeService()
				.getVariable(contract.getId(), TrialProjectProcurement.MUNICIPALITY_TYPE))
				.isEqualTo("prefecture-or-designated-city"));

		JsonNode venue = tasks.findParents("name").stream()
			.filter(task -> task.path("name").asText().equals("会場の確保"))
			.findFirst()
			.orElseThrow();
		assertThat(venue.path("due").asText()).startsWith("2023-12-08");
		JsonNode formVariables = JSON.readTree(sato.getForObject("/engine-rest/task/{id}/form-variables",
				String.class, venue.path("id").asText()));
		assertThat(formVariables.path(SymposiumPlanning.EVENT_TITLE).path("value").asText())
			.isEqualTo("仙台市孤独・孤立シンポジウム");
	}

	private static Map<String, Object> value(String text) {
		return Map.of("value", text, "type", "String");
	}

	private static HttpStatus post(TestRestTemplate client, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return HttpStatus.valueOf(client.exchange("/engine-rest/process-definition/key/symposium-planning/submit-form",
				HttpMethod.POST, new HttpEntity<>(body, headers), String.class).getStatusCode().value());
	}

}
