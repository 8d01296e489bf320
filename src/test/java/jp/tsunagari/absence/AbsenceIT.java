package jp.tsunagari.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import jp.tsunagari.system.JapaneseDateFormats;

/**
 * Absences in the whole application, as staff meet them: the page refuses bad dates and a substitute from another
 * department with Japanese messages naming the field; during an absence the substitute finds, through the REST API
 * signed in as himself, the task assigned to the absent person and the new and waiting tasks of the section the
 * absent person also works for (兼務), completes one, and the history says he acted for her; once the absence is
 * over he no longer sees them, and they wait in the section's queue as before.
 */
@DirtiesContext
// the jobs run when the test says, not on their own in between
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tsunagari.absence.check-interval=PT24H")
@AutoConfigureObservability(tracing = false)
@AutoConfigureMockMvc
@ActiveProfiles({ "demo", "test" })
class AbsenceIT {

	static final String ABSENT = "kenmu";

	static final String SUBSTITUTE = "daiko";

	/** Both work in 減災推進課; the absent person also holds a post in 地域政策課 (兼務), the substitute does not. */
	static final String SHARED_SECTION = "disaster-reduction";

	static final String SECOND_POST = "community-policy";

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private AbsenceCycle cycle;

	@Autowired
	private Absences absences;

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private final List<String> deployments = new ArrayList<>();

	@BeforeEach
	void twoColleagues() {
		StaffFixture.user(engine, ABSENT, "兼務", "花子", SHARED_SECTION, SECOND_POST);
		StaffFixture.user(engine, SUBSTITUTE, "代理", "太郎", SHARED_SECTION);
	}

	@AfterEach
	void removeTheFixtures() {
		deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
		StaffFixture.remove(engine, ABSENT, SUBSTITUTE);
		jdbc.update("DELETE FROM TSG_ABSENCE_COVER");
		jdbc.update("DELETE FROM TSG_ABSENCE");
	}

	@Test
	void thePageRecordsAnAbsenceAndRefusesBadInputNamingTheField() throws Exception {
		mvc.perform(get("/absence").with(httpBasic(ABSENT, ABSENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("代理 太郎（daiko）")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("（sato）"))));

		mvc.perform(post("/absence").with(csrf()).with(httpBasic(ABSENT, ABSENT)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("開始日を入力してください。")))
			.andExpect(content().string(Matchers.containsString("終了日を入力してください。")))
			.andExpect(content().string(Matchers.containsString("代理の職員を選んでください。")));
		mvc.perform(post("/absence").with(csrf()).with(httpBasic(ABSENT, ABSENT))
			.param("from", "2026/02/30").param("to", "あした").param("substitute", SUBSTITUTE))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("開始日は 2026/04/01 や 令和8年4月1日 のように")))
			.andExpect(content().string(Matchers.containsString("終了日は 2026/04/01 や 令和8年4月1日 のように")));
		String today = new JapaneseDateFormats().slash(LocalDate.now());
		mvc.perform(post("/absence").with(csrf()).with(httpBasic(ABSENT, ABSENT))
			.param("from", today).param("to", today).param("substitute", "sato"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("代理の職員は同じ部署の職員から選んでください。")));
		mvc.perform(post("/absence").with(csrf()).with(httpBasic(ABSENT, ABSENT))
			.param("from", today).param("to", "2000/01/01").param("substitute", SUBSTITUTE))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("終了日は開始日と同じ日かそれより後の日にしてください。")));
		assertThat(absences.involving(ABSENT)).isEmpty();

		String wareki = new JapaneseDateFormats().wareki(LocalDate.now().plusDays(2));
		mvc.perform(post("/absence").with(csrf()).with(httpBasic(ABSENT, ABSENT))
			.param("from", today).param("to", wareki).param("substitute", SUBSTITUTE))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/absence?recorded"));
		assertThat(absences.involving(ABSENT)).singleElement()
			.satisfies(absence -> assertThat(absence).extracting(Absence::substituteId, Absence::from, Absence::to,
					Absence::state)
				.containsExactly(SUBSTITUTE, LocalDate.now(), LocalDate.now().plusDays(2), Absence.State.RECORDED));
		// the substitute sees it on his page too
		mvc.perform(get("/absence").with(httpBasic(SUBSTITUTE, SUBSTITUTE)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("兼務 花子")));
	}

	@Test
	void duringTheAbsenceTheSubstituteSeesAndCompletesTheTasksAndAfterItNoLonger() throws Exception {
		deployments.add(StaffFixture.deployOneTaskProcess(engine, "absence-it", SECOND_POST));
		TaskService tasks = engine.getTaskService();
		Task assigned = StaffFixture.start(engine, "absence-it");
		tasks.setAssignee(assigned.getId(), ABSENT);
		Task waiting = StaffFixture.start(engine, "absence-it");
		assertThat(visibleTo(SUBSTITUTE)).doesNotContain(assigned.getId(), waiting.getId());

		LocalDate today = LocalDate.now();
		absences.record(ABSENT, SUBSTITUTE, today, today.plusDays(1), ABSENT);
		cycle.run(today);
		assertThat(visibleTo(SUBSTITUTE)).contains(assigned.getId(), waiting.getId());

		// a task arriving during the absence reaches him at the next run
		Task arriving = StaffFixture.start(engine, "absence-it");
		cycle.run(today);
		assertThat(visibleTo(SUBSTITUTE)).contains(arriving.getId());
		assertThat(filterList(SUBSTITUTE)).contains(assigned.getId(), waiting.getId(), arriving.getId());

		// he completes the absent person's task, signed in as himself; the history says for whom
		assertThat(restPost(SUBSTITUTE, "/engine-rest/task/" + assigned.getId() + "/complete", "{}"))
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(tasks.getTaskComments(assigned.getId())).singleElement()
			.satisfies(comment -> assertThat(comment).extracting(Comment::getUserId, Comment::getFullMessage)
				.containsExactly(SUBSTITUTE, "代理：代理 太郎さんが、不在の兼務 花子さんに代わって完了しました。"));
		assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(assigned.getId())
			.singleResult().getEndTime()).isNotNull();
		// he claims the arriving one but does not finish it before the absence ends
		assertThat(restPost(SUBSTITUTE, "/engine-rest/task/" + arriving.getId() + "/claim",
				"{\"userId\":\"" + SUBSTITUTE + "\"}")).isEqualTo(HttpStatus.NO_CONTENT);

		cycle.run(today.plusDays(2));
		assertThat(absences.involving(ABSENT)).singleElement()
			.extracting(Absence::state).isEqualTo(Absence.State.ENDED);
		assertThat(visibleTo(SUBSTITUTE)).doesNotContain(waiting.getId(), arriving.getId());
		assertThat(filterNames(SUBSTITUTE)).doesNotContain(SubstituteFilter.NAME);
		assertThat(rest.withBasicAuth(SUBSTITUTE, SUBSTITUTE)
			.getForEntity("/engine-rest/task/{id}", String.class, waiting.getId()).getStatusCode().is4xxClientError())
			.isTrue();
		// the section's queue, as before: unclaimed, its candidate group only
		for (Task task : List.of(waiting, arriving)) {
			assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
			assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
				.containsExactly(SECOND_POST);
		}
		assertThat(visibleTo(ABSENT)).contains(waiting.getId(), arriving.getId());
	}

	@Test
	void substitutesTellWhoActsForWhomOnADay(@Autowired Substitutes substitutes) {
		LocalDate monday = LocalDate.of(2031, 4, 7);
		absences.record(ABSENT, SUBSTITUTE, monday, monday.plusDays(2), ABSENT);
		assertThat(substitutes.actingOn(monday.plusDays(1)))
			.containsExactly(new Substitutes.Substitution(ABSENT, SUBSTITUTE, monday, monday.plusDays(2)));
		assertThat(substitutes.actingOn(monday.plusDays(3))).isEmpty();
		assertThat(substitutes.actingOn(monday.minusDays(1))).isEmpty();
	}

	private List<String> visibleTo(String user) throws Exception {
		return ids(rest.withBasicAuth(user, user).getForObject("/engine-rest/task?maxResults=500", String.class));
	}

	private List<String> filterList(String user) throws Exception {
		TestRestTemplate client = rest.withBasicAuth(user, user);
		JsonNode filters = JSON.readTree(client.getForObject("/engine-rest/filter?name={name}", String.class,
				SubstituteFilter.NAME));
		assertThat(filters).as("the filter is offered to the substitute").hasSize(1);
		return ids(client.getForObject("/engine-rest/filter/{id}/list", String.class, filters.get(0).path("id").asText()));
	}

	private List<String> filterNames(String user) throws Exception {
		List<String> names = new ArrayList<>();
		JSON.readTree(rest.withBasicAuth(user, user).getForObject("/engine-rest/filter", String.class))
			.forEach(filter -> names.add(filter.path("name").asText()));
		return names;
	}

	private static List<String> ids(String json) throws Exception {
		List<String> ids = new ArrayList<>();
		JSON.readTree(json).forEach(task -> ids.add(task.path("id").asText()));
		return ids;
	}

	private HttpStatus restPost(String user, String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> response = rest.withBasicAuth(user, user)
			.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
		return HttpStatus.valueOf(response.getStatusCode().value());
	}

}
