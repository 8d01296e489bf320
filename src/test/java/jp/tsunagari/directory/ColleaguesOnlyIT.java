package jp.tsunagari.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Listing users through the REST API (what Tasklist does for the assignee and "claimed by") gives staff their own
 * organisations' members, not every user's e-mail address: the survey contractor (yamada) finds himself only, the
 * education area director (nakamura) her colleagues of the area-director council, and the administrator everyone.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@ActiveProfiles({ "demo", "test" })
class ColleaguesOnlyIT {

	@Autowired
	private TestRestTemplate rest;

	@Test
	void staffListTheMembersOfTheirOwnOrganisationsOnly() {
		assertThat(userIds("yamada")).containsExactly("yamada");
		assertThat(rest.withBasicAuth("yamada", "yamada").getForObject("/engine-rest/user", String.class))
			.doesNotContain("sato@example.jp", "kato@example.jp");
		assertThat(rest.withBasicAuth("yamada", "yamada").getForObject("/engine-rest/user/count", String.class))
			.contains("\"count\":1");
		assertThat(rest.withBasicAuth("yamada", "yamada").getForEntity("/engine-rest/user/sato/profile", String.class)
			.getStatusCode().is2xxSuccessful()).isFalse();

		assertThat(userIds("nakamura")).containsExactlyInAnyOrder("nakamura", "kobayashi");
		assertThat(rest.withBasicAuth("nakamura", "nakamura").getForEntity("/engine-rest/user/kobayashi/profile",
				String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(userIds("tanaka")).containsExactly("tanaka");
		assertThat(userIds("kato")).containsExactly("kato");

		assertThat(userIds("demo")).contains("sato", "yamada", "tanaka", "kato", "nakamura");
	}

	private List<String> userIds(String user) {
		Map<?, ?>[] users = rest.withBasicAuth(user, user).getForObject("/engine-rest/user?maxResults=500", Map[].class);
		return Arrays.stream(users).map(row -> (String) row.get("id")).toList();
	}

}
