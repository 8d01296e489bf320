package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on PostgreSQL whose server is stopped while it runs (its own embedded server, not the one
 * the other tests share): both REST APIs answer 503 within the pool's connection timeout (5 s), in JSON with a
 * Japanese message and a Retry-After, and with no SQL or exception text; Camunda's mapping gave 500.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test", "postgres" })
class DatabaseOutageIT {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final EmbeddedPostgres server = start();

	@LocalServerPort
	private int port;

	@Autowired
	private TestRestTemplate rest;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> server.getJdbcUrl(EmbeddedPostgresServer.USER, "postgres"));
		registry.add("spring.datasource.username", () -> EmbeddedPostgresServer.USER);
		registry.add("spring.datasource.password", () -> "postgres");
	}

	@Test
	void bothRestApisAnswer503FastWhileTheDatabaseIsDown() throws Exception {
		TestRestTemplate demo = rest.withBasicAuth("demo", "demo");
		assertThat(demo.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		signIn("sato");
		assertThat(call("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);

		server.close();

		// java.net.http, not TestRestTemplate: Apache HttpClient 5 itself waits out a 503's Retry-After and asks again
		long started = System.nanoTime();
		HttpResponse<String> engineRest = browser.send(request("/engine-rest/task")
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes()))
			.GET()
			.build(), BodyHandlers.ofString());
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		assertThat(engineRest.statusCode()).isEqualTo(503);
		assertThat(engineRest.headers().firstValue("Retry-After")).hasValue("30");
		assertUnavailableBody(engineRest.body());

		started = System.nanoTime();
		HttpResponse<String> tasklist = call("/camunda/api/engine/engine/default/task/count");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		assertThat(tasklist.statusCode()).isEqualTo(503);
		assertThat(tasklist.headers().firstValue("Retry-After")).hasValue("30");
		assertUnavailableBody(tasklist.body());
	}

	private static void assertUnavailableBody(String body) {
		assertThat(JsonParserFactory.getJsonParser().parseMap(body))
			.isEqualTo(Map.of("type", "ServiceUnavailable", "message", UnreachableBackend.MESSAGE));
		assertThat(body).doesNotContain("SQL", "Exception", "Hikari", "jdbc", "postgres");
	}

	/** Signs in on our login page and opens the Tasklist, which makes the webapps take the user from the session. */
	private void signIn(String user) throws IOException, InterruptedException {
		Matcher csrf = CSRF_FIELD.matcher(browser.send(request("/login").GET().build(), BodyHandlers.ofString()).body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> login = browser.send(request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user + "&_csrf="
					+ java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8)))
			.build(), BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(browser.send(request("/camunda/app/tasklist/default/").GET().build(), BodyHandlers.ofString())
			.statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> call(String path) throws IOException, InterruptedException {
		return browser.send(request(path).header("Accept", "application/json").GET().build(), BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The embedded PostgreSQL did not start", ex);
		}
	}

}
