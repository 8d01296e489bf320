package jp.tsunagari.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.tsunagari.survey.SurveyRollout;
import jp.tsunagari.system.ActiveDirectoryTree;
import jp.tsunagari.system.InMemoryLdap;

/**
 * Absences and transfers with the city's directory (profile {@code ldap}, a real LDAP server in the test JVM). While
 * sato is away, her colleague takeda (found in the directory) completes the task she holds, and the history says for
 * whom. A personnel transfer made in the directory: sato
 * moves from 社会課 to 減災推進課 in the directory while she holds a survey's task; the next detection returns the
 * task to 社会課's queue, where her former colleague takeda finds it, and she no longer sees it, though she still
 * signs in.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "ldap", "test" })
class LdapAbsenceAndTransferIT {

	private static final InMemoryLdap LDAP = ActiveDirectoryTree.start();

	private static final String SATO = "CN=佐藤 花子,OU=社会課,OU=健康福祉局,OU=職員," + ActiveDirectoryTree.BASE_DN;

	private static final String SOCIAL_AFFAIRS = "health-welfare-social-affairs";

	private static final String SOCIAL_AFFAIRS_GROUP = "CN=" + SOCIAL_AFFAIRS + ",OU=グループ," + ActiveDirectoryTree.BASE_DN;

	private static final String DISASTER_REDUCTION_GROUP = "CN=disaster-reduction,OU=グループ," + ActiveDirectoryTree.BASE_DN;

	private static final Map<String, String> PASSWORDS = Map.of("sato", "Shakai-Ka-2026!", "takeda", "Takeda-Pass-2026!");

	@DynamicPropertySource
	static void cityDirectory(DynamicPropertyRegistry registry) {
		ActiveDirectoryTree.register(LDAP, registry);
	}

	@AfterAll
	static void stopDirectory() {
		LDAP.shutDown();
	}

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private PersonnelTransfers transfers;

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private Absences absences;

	@Autowired
	private AbsenceCycle cycle;

	@Test
	void whileSheIsAwayHerColleagueFromTheDirectoryCompletesHerTask() {
		String deployment = StaffFixture.deployOneTaskProcess(engine, "ldap-absence-it", SOCIAL_AFFAIRS);
		try {
			Task held = StaffFixture.start(engine, "ldap-absence-it");
			engine.getTaskService().setAssignee(held.getId(), "sato");
			LocalDate today = LocalDate.now();
			absences.record("sato", "takeda", today, today.plusDays(1), "sato");
			cycle.run(today);

			HttpHeaders json = new HttpHeaders();
			json.setContentType(MediaType.APPLICATION_JSON);
			ResponseEntity<String> completed = rest.withBasicAuth("takeda", PASSWORDS.get("takeda"))
				.exchange("/engine-rest/task/" + held.getId() + "/complete", HttpMethod.POST,
						new HttpEntity<>("{}", json), String.class);
			assertThat(completed.getStatusCode().value()).isEqualTo(204);
			assertThat(engine.getTaskService().getTaskComments(held.getId())).singleElement()
				.extracting(Comment::getUserId, Comment::getFullMessage)
				.containsExactly("takeda", "代理：武田 亮さんが、不在の佐藤 花子さんに代わって完了しました。");

			cycle.run(today.plusDays(2));
			assertThat(absences.involving("sato")).singleElement().extracting(Absence::state)
				.isEqualTo(Absence.State.ENDED);
		}
		finally {
			engine.getRepositoryService().deleteDeployment(deployment, true);
		}
	}

	@Test
	void aTransferInTheDirectoryReturnsTheTaskToTheOldSectionsQueue() throws Exception {
		transfers.detect();
		TaskService tasks = engine.getTaskService();
		String instance = engine.getRuntimeService()
			.startProcessInstanceByKey(SurveyRollout.PROCESS_KEY, Map.of(SurveyRollout.SURVEY_TITLE, "異動の調査（LDAP）"))
			.getId();
		Task plan = tasks.createTaskQuery().processInstanceId(instance).singleResult();
		tasks.claim(plan.getId(), "sato");
		assertThat(visibleTo("sato")).contains(plan.getId());

		LDAP.moveMember(SATO, SOCIAL_AFFAIRS_GROUP, DISASTER_REDUCTION_GROUP);
		try {
			assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(SOCIAL_AFFAIRS).list())
				.as("the engine reads the directory as it is now").extracting("id").doesNotContain("sato");
			transfers.detect();

			Task now = tasks.createTaskQuery().taskId(plan.getId()).singleResult();
			assertThat(now.getAssignee()).as("unassigned").isNull();
			assertThat(tasks.getIdentityLinksForTask(plan.getId())).extracting(IdentityLink::getGroupId)
				.containsExactly(SOCIAL_AFFAIRS);
			assertThat(tasks.getTaskComments(plan.getId())).extracting(Comment::getFullMessage)
				.anySatisfy(message -> assertThat(message).contains("佐藤 花子さん").contains("異動"));
			assertThat(engine.getAuthorizationService().createAuthorizationQuery().userIdIn("sato")
				.resourceType(Resources.TASK).resourceId(plan.getId()).count()).isZero();
			assertThat(visibleTo("sato")).as("she still signs in, without the old section's work")
				.doesNotContain(plan.getId());
			assertThat(visibleTo("takeda")).contains(plan.getId());

			// a second run changes nothing more
			transfers.detect();
			assertThat(tasks.getTaskComments(plan.getId())).hasSize(1);
		}
		finally {
			LDAP.moveMember(SATO, DISASTER_REDUCTION_GROUP, SOCIAL_AFFAIRS_GROUP);
			transfers.detect();
		}
	}

	private List<String> visibleTo(String user) throws Exception {
		ResponseEntity<String> response = rest.withBasicAuth(user, PASSWORDS.get(user))
			.getForEntity("/engine-rest/task?maxResults=1000", String.class);
		assertThat(response.getStatusCode().value()).as("the task query of %s", user).isEqualTo(200);
		JsonNode list = new ObjectMapper().readTree(response.getBody());
		return list.findValuesAsText("id");
	}

}
