package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.tsunagari.survey.SurveyRollout;

/**
 * Profile {@code ldap} against a real LDAP server holding an Active Directory-style tree of つながり市
 * ({@code ldap/active-directory.ldif}: people in nested OUs per 部・課, {@code sAMAccountName}, groups with
 * {@code member}), through Camunda's LDAP identity provider 7.23.0 on our 7.24 engine. Staff sign in with their
 * directory password, on our login page (one sign-in for our pages and the Tasklist) and with HTTP Basic on the REST
 * API; they see their own department's tasks and not another's; a wrong password and a person removed from the
 * directory are refused. The organisation directory file adds only grants, filters and Japanese names; start-up
 * warns of its group the directory lacks. Screenshots in {@code target/ldap-sign-in/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "ldap", "test" })
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class LdapSignInIT {

	private static final String BASE_DN = CityLdapDirectory.BASE_DN;

	private static final String SOCIAL_AFFAIRS = "health-welfare-social-affairs";

	private static final String SATO_PASSWORD = "Shakai-Ka-2026!";

	private static final Path OUTPUT = Path.of("target", "ldap-sign-in");

	private static final InMemoryLdap LDAP = InMemoryLdap.start(BASE_DN, CityLdapDirectory.LDIF);

	@LocalServerPort
	private int port;

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private TestRestTemplate rest;

	private String survey;

	@DynamicPropertySource
	static void cityDirectory(DynamicPropertyRegistry registry) {
		CityLdapDirectory.register(registry, LDAP);
		// every request of a session looks its account up again (production: every 5 minutes)
		registry.add("tsunagari.sign-in.account-check-interval", () -> "PT0S");
	}

	@AfterAll
	static void stopDirectory() {
		LDAP.shutDown();
	}

	/** 社会課's task: the survey plan, which waits for the department's candidate group. */
	@BeforeEach
	void startSurvey() {
		survey = engine.getRuntimeService()
			.startProcessInstanceByKey(SurveyRollout.PROCESS_KEY,
					Map.of(SurveyRollout.SURVEY_TITLE, "令和8年度 支援団体アンケート（LDAP）"))
			.getId();
	}

	@AfterEach
	void deleteSurvey() {
		engine.getRuntimeService().deleteProcessInstance(survey, "test finished", true, true);
	}

	@Test
	void peopleNamesAndMembershipsComeFromTheDirectoryAndNothingIsWrittenToIt() {
		User sato = engine.getIdentityService().createUserQuery().userId("sato").singleResult();
		assertThat(sato.getFirstName()).as("family name first (PersonName)").isEqualTo("佐藤");
		assertThat(sato.getLastName()).isEqualTo("花子");
		assertThat(sato.getEmail()).as("the address mails go to").isEqualTo("sato@city.lg.jp");
		assertThat(engine.getIdentityService().createGroupQuery().groupMember("sato").list())
			.extracting(group -> group.getId())
			.containsExactly(SOCIAL_AFFAIRS);
		assertThat(engine.getIdentityService().isReadOnly()).isTrue();
		assertThat(engine.getIdentityService().createUserQuery().userId("nakagawa").count())
			.as("a disabled AD account (userAccountControl 514) is no user")
			.isZero();
	}

	@Test
	void aStaffMemberSeesTheDepartmentsTasksAndAnotherDepartmentDoesNot() {
		String task = engine.getTaskService().createTaskQuery().processInstanceId(survey).singleResult().getId();
		assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("sato").list())
			.extracting(found -> found.getId())
			.contains(task);

		ResponseEntity<String> satosTasks = rest.withBasicAuth("sato", SATO_PASSWORD)
			.getForEntity("/engine-rest/task?processInstanceId=" + survey, String.class);
		assertThat(satosTasks.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(satosTasks.getBody()).contains(task);
		ResponseEntity<String> sasakisTasks = rest.withBasicAuth("sasaki", "Gensai-Ka-2026!")
			.getForEntity("/engine-rest/task?processInstanceId=" + survey, String.class);
		assertThat(sasakisTasks.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(sasakisTasks.getBody()).isEqualTo("[]");
	}

	@Test
	void aWrongPasswordIsRefusedOnTheRestApi() {
		assertThat(rest.withBasicAuth("sato", "sato").getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(rest.withBasicAuth("nakagawa", "Disabled-2026!")
			.getForEntity("/engine-rest/task", String.class)
			.getStatusCode()).as("a disabled account").isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void theFileAddsToTheDirectorysGroupsAndNamesTheGroupTheDirectoryLacks(CapturedOutput output) {
		assertThat(engine.getAuthorizationService()
			.createAuthorizationQuery()
			.groupIdIn(SOCIAL_AFFAIRS)
			.resourceId(SurveyRollout.PROCESS_KEY)
			.count()).as("the file's start right, granted to the directory's group").isOne();
		assertThat(engine.getFilterService().createFilterQuery().filterName("部署のタスク").count()).isOne();
		assertThat(output.getAll()).contains("The city's directory has no group [ward-aoba-health-welfare-centre]");
	}

	/**
	 * The one sign-in with directory passwords, in the system's Chromium: the Tasklist shows sato the department's
	 * task; a wrong password is refused on the login page; a person removed from the directory loses the open
	 * session and signs in no more.
	 */
	@Test
	@ExtendWith(SystemChromium.Installed.class)
	void staffSignInToTheTasklistWithTheirDirectoryPasswordUntilTheyAreRemoved(@TempDir Path profile)
			throws IOException {
		WebDriver browser = SystemChromium.start(profile, OUTPUT);
		try {
			TasklistPage tasklist = new TasklistPage(browser, "http://localhost:" + port, OUTPUT);
			tasklist.open();
			assertThat(tasklist.submitRefusedLogin("sato", "sato")).as("a wrong password")
				.isEqualTo("ユーザー名またはパスワードが正しくありません。");
			tasklist.screenshot("01-wrong-password");

			tasklist.signIn("sato", SATO_PASSWORD);
			tasklist.showFilter("部署のタスク");
			String task = engine.getTaskService().createTaskQuery().processInstanceId(survey).singleResult().getId();
			tasklist.waitUntilListed(task);
			tasklist.screenshot("02-department-tasks");
			assertThat(tasklist.openPage("/")).contains("業務メニュー");
			tasklist.signOutOfOurPages();

			tasklist.open();
			tasklist.signIn("takeda", "Takeda-Pass-2026!");
			LDAP.delete("CN=武田 亮,OU=社会課,OU=健康福祉局,OU=職員," + BASE_DN);
			tasklist.openPage("/");
			assertThat(tasklist.showsLoginPage()).as("takeda's open session ends with the account").isTrue();
			assertThat(tasklist.submitRefusedLogin("takeda", "Takeda-Pass-2026!"))
				.as("takeda, removed from the directory")
				.isEqualTo("ユーザー名またはパスワードが正しくありません。");
			tasklist.screenshot("03-removed-from-the-directory");
			assertThat(rest.withBasicAuth("takeda", "Takeda-Pass-2026!")
				.getForEntity("/engine-rest/task", String.class)
				.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		}
		finally {
			browser.quit();
		}
	}

}
