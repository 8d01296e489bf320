package jp.tsunagari.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import jp.tsunagari.TsunagariApplication;
import jp.tsunagari.system.EmbeddedPostgresServer;

/**
 * Public answers under concurrency on PostgreSQL (issue #19): 8 clients answer one survey at once, first on one
 * engine node, then on two nodes sharing the database (two application contexts in this JVM, each with its job
 * executor counting). Every answer must be accepted (200), stored once and counted; none may fail with a system
 * error. Default size 48 answers per phase; the figures in docs/reliability.md come from
 * {@code mvn -B -ntp verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ConcurrentAnswersPostgresIT
 * -Dsurvey.concurrency.answers=800}; results go to target/reliability/concurrent-answers.md.
 */
class ConcurrentAnswersPostgresIT {

	private static final int ANSWERS = Integer.getInteger("survey.concurrency.answers", 48);

	private static final int CLIENTS = 8;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final EmbeddedPostgresServer.Database postgres = EmbeddedPostgresServer.newDatabase();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void everyConcurrentAnswerIsAcceptedOnOneNodeAndOnTwo() throws Exception {
		List<String> report = new ArrayList<>();
		try (ConfigurableApplicationContext first = node("node-a")) {
			report.add(phase("one node", List.of(first), first));
			try (ConfigurableApplicationContext second = node("node-b")) {
				report.add(phase("two nodes", List.of(first, second), first));
			}
		}
		Path out = Path.of("target", "reliability", "concurrent-answers.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, "| nodes | answers | clients | HTTP statuses | failure rate | answers/s | counted |\n"
				+ "|---|---|---|---|---|---|---|\n" + String.join("\n", report) + "\n");
	}

	/** One survey answered by {@link #ANSWERS} recipients through 8 clients spread over the nodes. */
	private String phase(String name, List<ConfigurableApplicationContext> nodes, ConfigurableApplicationContext first)
			throws Exception {
		List<String> tokens = new ArrayList<>();
		String surveyId = openSurvey(first, tokens);
		ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		Instant start = Instant.now();
		for (int i = 0; i < tokens.size(); i++) {
			int port = port(nodes.get(i % nodes.size()));
			String token = tokens.get(i);
			clients.submit(() -> statuses.add(answer(port, token)));
		}
		clients.shutdown();
		assertThat(clients.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
		double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
		Map<Integer, Long> byStatus = statuses.stream()
			.collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
		ProcessEngine engine = first.getBean(ProcessEngine.class);
		Object counted = awaitCount(engine, surveyId);
		long failed = statuses.stream().filter(s -> s != 200).count();
		String line = String.format("| %s | %d | %d | %s | %.1f%% | %.1f | %s |", name, tokens.size(), CLIENTS, byStatus,
				100.0 * failed / tokens.size(), tokens.size() / seconds, counted);
		System.out.println("concurrent answers: " + line);

		assertThat(byStatus).as("every answer accepted (%s)", name).containsOnlyKeys(200);
		assertThat(first.getBean(Recipients.class).respondedCount(surveyId)).isEqualTo(tokens.size());
		assertThat(counted).as("responseCount after the count jobs (%s)", name).isEqualTo(tokens.size());
		assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(surveyId).count()).isZero();
		return line;
	}

	/** A survey in its response window with {@link #ANSWERS} recipients, each with a personal link. */
	private String openSurvey(ConfigurableApplicationContext node, List<String> tokens) {
		ProcessEngine engine = node.getBean(ProcessEngine.class);
		String id = engine.getRuntimeService().createProcessInstanceByKey(SurveyRollout.PROCESS_KEY)
			.startBeforeActivity("SubProcess_ResponseWindow")
			.setVariables(Variables.createVariables()
				.putValue(SurveyRollout.RESPONSE_DEADLINE, LocalDate.now().plusDays(30).toString())
				.putValue(SurveyRollout.REMINDER_CYCLE, "R1/" + LocalDate.now().plusDays(20) + "T09:00:00/P7D")
				.putValue(SurveyRollout.RESPONSE_COUNT, 0))
			.execute().getId();
		engine.getRuntimeService().setVariable(id, SurveyRollout.SURVEY_ID, id);
		Surveys surveys = node.getBean(Surveys.class);
		Recipients recipients = node.getBean(Recipients.class);
		ResponseTokens links = node.getBean(ResponseTokens.class);
		surveys.create(id, "同時回答の調査", "support-organisations");
		recipients.add(id, IntStream.range(0, ANSWERS)
			.mapToObj(i -> new NewRecipient("同時回答団体" + i, "", "", "仙台市青葉区" + i, ""))
			.toList(), "test");
		surveys.open(id, LocalDateTime.now().plusDays(30));
		for (Recipient recipient : recipients.list(id)) {
			String salt = HexFormat.of().formatHex(recipient.id().substring(0, 16).getBytes(StandardCharsets.US_ASCII));
			String token = links.token(salt);
			recipients.assignSalt(recipient.id(), salt, ResponseTokens.hash(token));
			tokens.add(token);
		}
		return id;
	}

	/** As a browser: the page for its session and CSRF token, then the complete answers; the POST's status. */
	private int answer(int port, String token) {
		try {
			URI page = URI.create("http://localhost:" + port + "/public/survey/" + token);
			HttpResponse<String> form = http.send(HttpRequest.newBuilder(page).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher csrf = CSRF.matcher(form.body());
			if (form.statusCode() != 200 || !csrf.find()) {
				return form.statusCode();
			}
			String cookie = form.headers().firstValue("Set-Cookie").orElse("").split(";")[0];
			StringBuilder body = new StringBuilder("_csrf=").append(URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
			answers().forEach((question, value) -> body.append('&').append(question).append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
			return http.send(HttpRequest.newBuilder(page).header("Cookie", cookie)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static Map<String, String> answers() {
		return Map.ofEntries(Map.entry("q1", "NPO法人"), Map.entry("q2", "青葉区"), Map.entry("q3", "10年以上"),
				Map.entry("q4", "5人未満"), Map.entry("q5", "相談支援"), Map.entry("q6", "高齢者"), Map.entry("q7", "している"),
				Map.entry("q8", "よくある"), Map.entry("q9", "心の健康"), Map.entry("q13", "官民連携の取組の推進"),
				Map.entry("q15", "interested"), Map.entry("q16", "yes"));
	}

	/** The job executors count in the background: waits until no count is queued, then reads the count. */
	private static Object awaitCount(ProcessEngine engine, String surveyId) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (engine.getManagementService().createJobQuery().processInstanceId(surveyId).activityId("Task_CountResponse")
			.count() > 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(200);
		}
		return engine.getRuntimeService().getVariable(surveyId, SurveyRollout.RESPONSE_COUNT);
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	/**
	 * An engine node in the production configuration on the shared database, job executor on, workers idle; as
	 * command-line arguments, which outrank the profile's file as they do in production.
	 */
	private static ConfigurableApplicationContext node(String name) {
		return new SpringApplicationBuilder(TsunagariApplication.class).profiles("postgres")
			.run("--server.port=0", "--spring.datasource.url=" + postgres.jdbcUrl(),
					"--spring.datasource.username=" + EmbeddedPostgresServer.USER, "--spring.datasource.password=postgres",
					"--tsunagari.admin.username=admin", "--tsunagari.admin.password=Kanri-Pass-2026!",
					"--tsunagari.worker.username=worker", "--tsunagari.worker.password=Gaibu-Task-2026!",
					"--tsunagari.survey.link-secret=concurrency-test-link-secret-0123456789",
					"--tsunagari.public-pages.rate-limit-per-minute=100000",
					"--camunda.bpm.client.disable-auto-fetching=true", "--HOSTNAME=" + name);
	}

}
