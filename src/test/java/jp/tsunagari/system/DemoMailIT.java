package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.tsunagari.survey.SurveyRollout;

/**
 * The demo as the one-command start runs it (profile demo only: the demo surveys start, the in-app worker fetches
 * through the REST API, no mail server is set), on a private database and without the minute-long history: the
 * open demo survey's invitations reach the mail catcher, staff read them on /demo/mail and the personal link opens the
 * response page; the postal recipient's letter is ready; the start page leads to the demo guide. With Chromium, the
 * same pages are photographed in {@code target/demo-pages/}.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
@ActiveProfiles("demo")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoMailIT {

	private static final Path OUTPUT = Path.of("target", "demo-pages");

	private static final String OPEN_SURVEY = "孤独・孤立対策に関する支援団体調査（デモ・回答受付中）";

	private static final Pattern MESSAGE = Pattern.compile("href=\"(/demo/mail/\\d+)\"");

	private static final Pattern LINK = Pattern.compile("href=\"https?://[^\"/]+(/public/survey/[A-Za-z0-9_-]{43})\"");

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private ProcessEngine engine;

	@DynamicPropertySource
	static void demoWithoutHistoryOnAKnownPort(DynamicPropertyRegistry properties) throws IOException {
		int freePort;
		try (ServerSocket socket = new ServerSocket(0)) {
			freePort = socket.getLocalPort();
		}
		properties.add("server.port", () -> freePort);
		properties.add("spring.datasource.url",
				() -> "jdbc:h2:mem:demo-mail-" + freePort + ";DB_CLOSE_DELAY=-1;MODE=LEGACY");
		properties.add("tsunagari.analytics.seed-demo-history", () -> false);
		properties.add("camunda.bpm.job-execution.enabled", () -> false);
	}

	@Test
	@Order(1)
	void theDemoSurveysInvitationsReachTheMailPageWhosePersonalLinkOpensTheResponsePage() throws Exception {
		String start = get("/", "sato");
		assertThat(start).as("the start page once the demo is ready").contains("デモ版です", "href=\"/demo\"")
			.doesNotContain("準備中");
		String surveyId = theSentDemoSurvey();

		String list = get("/demo/mail", "sato");
		assertThat(list).contains("デモのメール", "【調査ご協力のお願い】", "info@tsunagari-support.example.jp",
				"kodomo@miyagino.example.jp");
		assertThat(list).containsPattern(">\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}</td>");
		Matcher message = MESSAGE.matcher(list);
		assertThat(message.find()).as("a message link on the mail page").isTrue();
		String mail = get(message.group(1), "sato");
		assertThat(mail).contains("様", "回答期限: 令和").doesNotContainPattern(ISO_DATE);
		Matcher link = LINK.matcher(mail);
		assertThat(link.find()).as("the personal link, clickable").isTrue();

		HttpResponse<String> answer = send(link.group(1), null);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains(OPEN_SURVEY, "回答期限：", "令和")
			.doesNotContainPattern(ISO_DATE);
		// the guide lists the link, and its fixed address leads to the newest one
		assertThat(get("/demo", "sato")).contains("デモの案内", link.group(1), "href=\"/demo/mail\"");
		HttpResponse<String> newest = send("/demo/survey", "sato");
		assertThat(newest.statusCode()).isEqualTo(302);
		assertThat(newest.headers().firstValue("Location").orElseThrow()).matches(".*/public/survey/[A-Za-z0-9_-]{43}");

		String letters = get("/survey/" + surveyId + "/letters", "sato");
		assertThat(letters).contains("社会福祉法人 あおば福祉会", "/public/survey/", "令和").doesNotContainPattern(ISO_DATE);
		keepForALook("mail-list.html", list);
		keepForALook("mail.html", mail);
	}

	@Test
	@Order(2)
	@ExtendWith(SystemChromium.Installed.class)
	void thePagesInTheBrowser(@TempDir Path profile) throws Exception {
		Files.createDirectories(OUTPUT);
		WebDriver browser = SystemChromium.start(profile, OUTPUT);
		try {
			TasklistPage page = new TasklistPage(browser, "http://localhost:" + port, OUTPUT);
			page.signInToOurPages("sato", "sato");
			browser.get("http://localhost:" + port + "/");
			page.screenshot("01-start");
			browser.findElement(By.linkText("デモの案内")).click();
			page.screenshot("02-demo");
			browser.findElement(By.linkText("デモのメール")).click();
			page.screenshot("03-demo-mail");
			browser.findElement(By.partialLinkText("【調査ご協力のお願い】")).click();
			page.screenshot("04-demo-mail-message");
			browser.manage().window().setSize(new Dimension(375, 900));
			page.screenshot("04-demo-mail-message-phone");
			browser.manage().window().setSize(new Dimension(1400, 1000));
			browser.findElement(By.partialLinkText("/public/survey/")).click();
			assertThat(browser.getPageSource()).contains(OPEN_SURVEY);
			page.screenshot("05-response-page");
		}
		finally {
			browser.quit();
		}
	}

	/** The demo's open survey, planned and approved at start-up, once the in-app worker has sent it. */
	private String theSentDemoSurvey() throws InterruptedException {
		String id = engine.getRuntimeService().createProcessInstanceQuery()
			.processDefinitionKey(SurveyRollout.PROCESS_KEY)
			.variableValueEquals(SurveyRollout.SURVEY_TITLE, OPEN_SURVEY)
			.singleResult()
			.getId();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (engine.getRuntimeService().getVariable(id, SurveyRollout.EMAIL_COUNT) == null) {
			assertThat(Instant.now()).as("the in-app worker sent the invitations within 60 s").isBefore(deadline);
			Thread.sleep(300);
		}
		assertThat(engine.getRuntimeService().getVariables(id)).containsEntry(SurveyRollout.EMAIL_COUNT, 2)
			.containsEntry(SurveyRollout.LETTER_COUNT, 1);
		return id;
	}

	private String get(String path, String user) throws IOException, InterruptedException {
		HttpResponse<String> response = send(path, user);
		assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
		return response.body();
	}

	private HttpResponse<String> send(String path, String user) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The pages as rendered, for a person to look at beside the screenshots. */
	private static void keepForALook(String name, String html) throws IOException {
		Files.createDirectories(OUTPUT);
		Files.writeString(OUTPUT.resolve(name), html);
	}

}
