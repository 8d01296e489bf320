package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Claims that lose a race, through the REST API as the Tasklist sends them (demo directory: sato works in 社会課,
 * demo is the administrator): two users claiming one task at once get one 204 and one 409, one user claiming twice at
 * once gets the claim, a claim of a task completed meanwhile 404; each refusal is Japanese and carries no SQL or
 * exception text. Run on H2 ({@link TaskClaimRaceIT}) and PostgreSQL ({@link TaskClaimRacePostgresIT}).
 */
abstract class TaskClaimRaces {

	private static final String PROCESS_KEY = "claim-race";

	private static final int ROUNDS = 10;

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private ProcessEngine engine;

	@BeforeEach
	void deploy() {
		if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).count() == 0) {
			engine.getRepositoryService()
				.createDeployment()
				.addModelInstance(PROCESS_KEY + ".bpmn", Bpmn.createExecutableProcess(PROCESS_KEY)
					.camundaHistoryTimeToLive(1)
					.startEvent()
					.userTask("Task_Work").camundaCandidateGroups("health-welfare-social-affairs")
					.endEvent()
					.done())
				.deploy();
		}
	}

	@Test
	void twoUsersClaimingAtOnceGetOne204AndOne409() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String taskId = newTask();
			List<ResponseEntity<String>> answers = atOnce(taskId, "sato", "demo");

			assertThat(answers).extracting(ResponseEntity::getStatusCode)
				.containsExactlyInAnyOrder(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
			ResponseEntity<String> refused = answers.stream()
				.filter(answer -> answer.getStatusCode() == HttpStatus.CONFLICT)
				.findFirst()
				.orElseThrow();
			assertThat(refused.getBody()).contains(TaskClaimConflicts.TAKEN);
			assertNoInternals(refused);
			assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee())
				.isIn("sato", "demo");
		}
	}

	@Test
	void oneUserClaimingTwiceAtOnceGetsTheClaim() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String taskId = newTask();

			assertThat(atOnce(taskId, "sato", "sato")).extracting(ResponseEntity::getStatusCode)
				.containsOnly(HttpStatus.NO_CONTENT);
			assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee())
				.isEqualTo("sato");
		}
	}

	@Test
	void aClaimOfATaskClaimedOrCompletedMeanwhileIsAJapanese409Or404() {
		String taskId = newTask();
		assertThat(claim("demo", taskId).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		ResponseEntity<String> taken = claim("sato", taskId);
		assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(taken.getBody()).contains(TaskClaimConflicts.TAKEN);
		assertNoInternals(taken);

		engine.getTaskService().complete(taskId);
		ResponseEntity<String> gone = claim("sato", taskId);
		assertThat(gone.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(gone.getBody()).contains(TaskClaimConflicts.GONE);
		assertNoInternals(gone);
	}

	private String newTask() {
		String instanceId = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY).getId();
		Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
		return task.getId();
	}

	/** The users claim the task at the same instant, each on their own connection. */
	private List<ResponseEntity<String>> atOnce(String taskId, String... users) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(users.length);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<ResponseEntity<String>>> claims = new ArrayList<>();
			for (String user : users) {
				claims.add(threads.submit(() -> {
					start.await();
					return claim(user, taskId);
				}));
			}
			start.countDown();
			List<ResponseEntity<String>> answers = new ArrayList<>();
			for (Future<ResponseEntity<String>> claim : claims) {
				answers.add(claim.get());
			}
			return answers;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private ResponseEntity<String> claim(String user, String taskId) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return rest.withBasicAuth(user, user)
			.exchange("/engine-rest/task/{id}/claim", HttpMethod.POST, new HttpEntity<>(Map.of("userId", user), headers),
					String.class, taskId);
	}

	private static void assertNoInternals(ResponseEntity<String> answer) {
		assertThat(answer.getHeaders().getContentType()).isNotNull();
		assertThat(answer.getBody()).doesNotContainIgnoringCase("sql")
			.doesNotContain("Exception:", "ACT_", "act_", "duplicate", "null");
	}

}
