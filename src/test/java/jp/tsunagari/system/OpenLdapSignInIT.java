package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.tsunagari.survey.SurveyRollout;

/**
 * Profiles {@code ldap} and {@code openldap} against a real LDAP server holding an OpenLDAP-style tree
 * ({@code ldap/openldap.ldif}: {@code uid}, {@code inetOrgPerson} in nested OUs, {@code groupOfNames}): the settings
 * of {@code application-ldap.yaml} for OpenLDAP find people, names and memberships, and the directory checks the
 * passwords of the REST API's callers. The Active Directory layout and the sign-in pages: {@link LdapSignInIT}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "ldap", "openldap", "test" })
@DirtiesContext
class OpenLdapSignInIT {

	private static final String BASE_DN = "dc=city,dc=lg,dc=jp";

	private static final InMemoryLdap LDAP = InMemoryLdap.start(BASE_DN, "ldap/openldap.ldif");

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private TestRestTemplate rest;

	@DynamicPropertySource
	static void cityDirectory(DynamicPropertyRegistry registry) {
		registry.add("tsunagari.ldap.server-url", LDAP::url);
		registry.add("tsunagari.ldap.base-dn", () -> BASE_DN);
		registry.add("tsunagari.ldap.manager-dn", () -> "cn=tsunagari-reader,ou=services," + BASE_DN);
		registry.add("tsunagari.ldap.manager-password", () -> "Reader-Pass-2026!");
		registry.add("tsunagari.directory.file", () -> "classpath:directory/ldap-city.yaml");
		registry.add("tsunagari.worker.username", () -> "tsunagari-worker");
		registry.add("tsunagari.worker.password", () -> "Worker-Pass-2026!");
	}

	@AfterAll
	static void stopDirectory() {
		LDAP.shutDown();
	}

	@Test
	void peopleAndGroupOfNamesMembershipsComeFromTheDirectory() {
		IdentityService identity = engine.getIdentityService();
		User sasaki = identity.createUserQuery().userId("sasaki").singleResult();
		assertThat(sasaki.getFirstName() + " " + sasaki.getLastName()).isEqualTo("佐々木 誠");
		assertThat(sasaki.getEmail()).isEqualTo("sasaki@city.lg.jp");
		assertThat(identity.createGroupQuery().groupMember("sato").list()).extracting(Group::getId)
			.containsExactly("health-welfare-social-affairs");
		assertThat(identity.createUserQuery().memberOfGroup("external-task-workers").list()).extracting(User::getId)
			.containsExactly("tsunagari-worker");
		assertThat(identity.checkPassword("sato", "Shakai-Ka-2026!")).isTrue();
		assertThat(identity.checkPassword("sato", "shakai-ka-2026!")).isFalse();
	}

	@Test
	void theRestApiTakesDirectoryPasswordsAndShowsEachDepartmentItsOwnTasks() {
		String survey = engine.getRuntimeService()
			.startProcessInstanceByKey(SurveyRollout.PROCESS_KEY, Map.of(SurveyRollout.SURVEY_TITLE, "OpenLDAP"))
			.getId();
		try {
			String path = "/engine-rest/task/count?processInstanceId=" + survey;
			assertThat(rest.withBasicAuth("sato", "Shakai-Ka-2026!").getForObject(path, String.class))
				.isEqualTo("{\"count\":1}");
			assertThat(rest.withBasicAuth("sasaki", "Gensai-Ka-2026!").getForObject(path, String.class))
				.isEqualTo("{\"count\":0}");
			assertThat(rest.withBasicAuth("sato", "wrong").getForEntity(path, String.class).getStatusCode())
				.isEqualTo(HttpStatus.UNAUTHORIZED);
		}
		finally {
			engine.getRuntimeService().deleteProcessInstance(survey, "test finished", true, true);
		}
	}

}
