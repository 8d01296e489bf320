package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
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
 * The REST API through HTTP as a client sees it, with the demo directory: sasaki works in 減災推進課
 * (disaster-reduction), sato in 社会課 (health-welfare-social-affairs), kato is a manager.
 */
// the REST API finds the engine by name in a JVM-wide registry: a context kept in the test cache would lose it
// when another test's context closes, so each whole-application test closes its own
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@ActiveProfiles({ "demo", "test" })
class RestApiSecurityIT {

	private static final String PROCESS_KEY = "security-two-departments";

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private ProcessEngine engine;

	private Task disasterTask;

	private Task socialTask;

	@BeforeEach
	void oneTaskInEachDepartment() {
		BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.parallelGateway("Gateway_Fork")
			.userTask("Task_Disaster").camundaCandidateGroups("disaster-reduction")
			.endEvent()
			.moveToNode("Gateway_Fork")
			.userTask("Task_Social").camundaCandidateGroups("health-welfare-social-affairs")
			.endEvent()
			.done();
		engine.getRepositoryService().createDeployment().addModelInstance(PROCESS_KEY + ".bpmn", model).deploy();
		String instanceId = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY).getId();
		disasterTask = task(instanceId, "Task_Disaster");
		socialTask = task(instanceId, "Task_Social");
	}

	@Test
	void withoutCredentialsTheApiAnswers401() {
		assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		// a wrong password delays that user's next sign-in (the engine's brute-force guard): use nobody else's account
		assertThat(rest.withBasicAuth("yamada", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(rest.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void staffListAndReadOnlyTheirOwnDepartmentsTasks() {
		TestRestTemplate sasaki = rest.withBasicAuth("sasaki", "sasaki");

		assertThat(taskIds(sasaki)).contains(disasterTask.getId()).doesNotContain(socialTask.getId());
		assertThat(sasaki.getForEntity("/engine-rest/task/{id}", String.class, disasterTask.getId()).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(sasaki.getForEntity("/engine-rest/task/{id}", String.class, socialTask.getId()).getStatusCode()
			.is2xxSuccessful()).isFalse();
		assertThat(sasaki.getForEntity("/engine-rest/task/{id}/variables", String.class, socialTask.getId())
			.getStatusCode()
			.is2xxSuccessful()).isFalse();
	}

	@Test
	void staffCannotClaimOrCompleteAnotherDepartmentsTask() {
		TestRestTemplate sasaki = rest.withBasicAuth("sasaki", "sasaki");

		ResponseEntity<String> claim = post(sasaki, "/engine-rest/task/" + socialTask.getId() + "/claim",
				Map.of("userId", "sasaki"));
		ResponseEntity<String> complete = post(sasaki, "/engine-rest/task/" + socialTask.getId() + "/complete", Map.of());

		assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		Task unchanged = engine.getTaskService().createTaskQuery().taskId(socialTask.getId()).singleResult();
		assertThat(unchanged).isNotNull();
		assertThat(unchanged.getAssignee()).isNull();
	}

	@Test
	void staffClaimAndCompleteTheirOwnDepartmentsTask() {
		TestRestTemplate sasaki = rest.withBasicAuth("sasaki", "sasaki");

		assertThat(post(sasaki, "/engine-rest/task/" + disasterTask.getId() + "/claim", Map.of("userId", "sasaki"))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(post(sasaki, "/engine-rest/task/" + disasterTask.getId() + "/complete", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(engine.getTaskService().createTaskQuery().taskId(disasterTask.getId()).count()).isZero();
	}

	@Test
	void aManagerReadsTheTasksOfEveryDepartment() {
		TestRestTemplate kato = rest.withBasicAuth("kato", "kato");

		assertThat(taskIds(kato)).contains(disasterTask.getId(), socialTask.getId());
		assertThat(kato.getForEntity("/engine-rest/history/process-instance?processDefinitionKey=" + PROCESS_KEY,
				String.class).getBody()).contains(disasterTask.getProcessInstanceId());
		assertThat(post(kato, "/engine-rest/task/" + socialTask.getId() + "/complete", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void anAnalystReadsHistoryButNoRunningTask() {
		TestRestTemplate yoshida = rest.withBasicAuth("yoshida", "yoshida");

		assertThat(taskIds(yoshida)).isEmpty();
		assertThat(yoshida.getForEntity("/engine-rest/history/task?processDefinitionKey=" + PROCESS_KEY, String.class)
			.getBody()).contains(disasterTask.getId(), socialTask.getId());
	}

	@Test
	void healthIsOpenAndEverythingElseNeedsASignIn() {
		assertThat(rest.getForEntity("/actuator/health/readiness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(rest.withBasicAuth("demo", "demo").getForEntity("/actuator/prometheus", String.class).getBody())
			.contains("jvm_memory_used_bytes");
		HttpHeaders browser = new HttpHeaders();
		browser.setAccept(List.of(MediaType.TEXT_HTML));
		// the client follows the redirect to the login page
		String welcome = rest.exchange("/", HttpMethod.GET, new HttpEntity<>(browser), String.class).getBody();
		assertThat(welcome).contains("ログイン", "name=\"password\"").doesNotContain("業務メニュー");
		assertThat(rest.withBasicAuth("sato", "sato").getForEntity("/", String.class).getBody()).contains("タスクリスト");
	}

	private List<String> taskIds(TestRestTemplate client) {
		ResponseEntity<Map[]> response = client.getForEntity("/engine-rest/task?processDefinitionKey=" + PROCESS_KEY,
				Map[].class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return Arrays.stream(response.getBody()).map(task -> (String) task.get("id")).toList();
	}

	private static ResponseEntity<String> post(TestRestTemplate client, String path, Map<String, ?> body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return client.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
	}

	private Task task(String instanceId, String definitionKey) {
		return engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instanceId)
			.taskDefinitionKey(definitionKey)
			.singleResult();
	}

}
