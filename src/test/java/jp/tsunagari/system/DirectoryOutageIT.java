package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Profile {@code ldap} with its directory server stopped while the application runs: signing in to the REST API
 * (Basic authentication asks the directory for the password) answers 503 in JSON with a Japanese message, no more
 * 500 with the LDAP failure.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "ldap", "test" })
@DirtiesContext
class DirectoryOutageIT {

	private static final InMemoryLdap LDAP = ActiveDirectoryTree.start();

	@LocalServerPort
	private int port;

	@Autowired
	private TestRestTemplate rest;

	@DynamicPropertySource
	static void cityDirectory(DynamicPropertyRegistry registry) {
		ActiveDirectoryTree.register(LDAP, registry);
	}

	@Test
	void theRestApiAnswers503WhileTheDirectoryIsDown() throws Exception {
		TestRestTemplate sato = rest.withBasicAuth("sato", "Shakai-Ka-2026!");
		assertThat(sato.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

		LDAP.shutDown();

		// java.net.http, not TestRestTemplate: Apache HttpClient 5 itself waits out a 503's Retry-After and asks again
		long started = System.nanoTime();
		HttpResponse<String> tasks = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task"))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString("sato:Shakai-Ka-2026!".getBytes()))
				.build(), BodyHandlers.ofString());
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		assertThat(tasks.statusCode()).isEqualTo(503);
		assertThat(tasks.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(JsonParserFactory.getJsonParser().parseMap(tasks.body()))
			.isEqualTo(Map.of("type", "ServiceUnavailable", "message", UnreachableBackend.MESSAGE));
		assertThat(tasks.body()).doesNotContain("LDAP", "ldap", "Exception", "Naming");
	}

}
