package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Bad input to every page and endpoint of ours, generated from Spring MVC's own list of them (every handler method
 * in jp.tsunagari): path variables that name nothing or are not ids, parameters missing, empty, of the wrong type,
 * an impossible date, a NUL, 100 KiB long, and bodies that are not what their content type says (multipart, JSON,
 * form). Sent anonymously and as the demo's staff, manager, analyst and administrator, each signed in on the login
 * page with the session's CSRF token as a browser sends it. No answer is a 5xx, none shows exception, SQL or
 * stack-trace text, and nothing is stored.
 */
// the REST API finds the engine by name in a JVM-wide registry: each whole-application test closes its own context
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class MalformedInputSweepIT {

	/** Anonymous, 社会課 staff, a manager, an analyst, the administrator. */
	private static final List<String> USERS = List.of("", "sato", "kato", "yoshida", "demo");

	private static final String HUGE = "あ".repeat(100 * 1024 / 3 + 1);

	private static final List<String> BAD_IDS = List.of("x", "0", "-1", "%00", "..%2F..%2Fetc", "a".repeat(10 * 1024),
			"%E3%81");

	/** Values every parameter gets in turn ({@code null}: the parameter left out). */
	private static final List<String> BAD_VALUES = Arrays.asList(null, "", "x", "2027-13-45", "-1", "\u0000", HUGE);

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)\\}");

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void noBadInputToAnyEndpointOfOursGetsA5xxOrLeaksInternalsOrIsStored() throws Exception {
		// a real survey, so that requests with a good id get past the lookup to the parameters
		String surveyId = engine.getFormService()
			.submitStartForm(engine.getRepositoryService().createProcessDefinitionQuery()
				.processDefinitionKey("survey-rollout").latestVersion().singleResult().getId(),
					Variables.createVariables().putValue("surveyTitle", "入力検査の調査"))
			.getId();
		// and an event open for registration, so that the public pages read the forms
		String eventId = UUID.randomUUID().toString();
		jdbc.update("INSERT INTO TSG_EVENT (ID, TITLE, EVENT_DATE, CAPACITY, SEATS_TAKEN, REGISTRATION_OPEN, "
				+ "QUESTIONNAIRE_OPEN, PROCESS_INSTANCE_ID, CREATED_AT) VALUES (?, '入力検査の会', ?, 10, 0, TRUE, TRUE, ?, ?)",
				eventId, LocalDate.now().plusDays(30), surveyId, Timestamp.from(Instant.now()));
		Map<String, String> goodIds = Map.of("surveyId", surveyId, "instanceId", surveyId, "eventId", eventId);
		List<Endpoint> endpoints = endpoints();
		assertThat(endpoints).as("our endpoints").hasSizeGreaterThan(20);
		Map<String, Long> storedBefore = stored();

		List<String> failures = new ArrayList<>();
		Set<Integer> statuses = new TreeSet<>();
		int requests = 0;
		for (String user : USERS) {
			Browser browser = new Browser(user);
			for (Endpoint endpoint : endpoints) {
				for (Probe probe : probes(endpoint, goodIds)) {
					HttpResponse<String> response = browser.send(probe);
					requests++;
					statuses.add(response.statusCode());
					String leak = InternalsInBody.in(response.body()).orElse(null);
					if (response.statusCode() >= 500 || leak != null) {
						failures.add("%s %s %s as %s -> %d%s".formatted(probe.method(), abbreviate(probe.path()),
								probe.description(), user.isEmpty() ? "anonymous" : user, response.statusCode(),
								leak == null ? "" : " showing \"" + leak + "\": "
										+ abbreviate(response.body().substring(response.body().indexOf(leak)))));
					}
				}
			}
		}
		assertThat(failures).as("bad requests answered with 5xx or internals (of %d sent)", requests).isEmpty();
		// the requests got past the sign-in to the handlers: refused parameters, unknown ids, the size limit, bad files
		assertThat(statuses).as("statuses answered").contains(400, 404, 413, 422);
		assertThat(stored()).as("rows of our tables and the engine's runtime").isEqualTo(storedBefore);
	}

	/** One handler method's paths and HTTP methods, and the names of the request parameters it reads. */
	private record Endpoint(String pattern, Set<String> methods, Set<String> parameters, boolean multipart) {
	}

	/** One request: its method, path, body (form fields, or raw with a content type) and what is wrong with it. */
	private record Probe(String method, String path, String contentType, String body, String description) {
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("jp.tsunagari")) {
				return;
			}
			Set<String> methods = info.getMethodsCondition().getMethods().stream().map(RequestMethod::name)
				.collect(Collectors.toCollection(LinkedHashSet::new));
			if (methods.isEmpty()) {
				methods.addAll(List.of("GET", "POST"));
			}
			boolean multipart = Stream.of(handler.getMethod().getParameters())
				.anyMatch(parameter -> MultipartFile.class.equals(parameter.getType()));
			for (String pattern : patterns(info)) {
				endpoints.add(new Endpoint(pattern, methods, parameters(handler), multipart));
			}
		});
		return endpoints;
	}

	private static Set<String> patterns(RequestMappingInfo info) {
		return info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatternValues()
				: info.getPatternValues();
	}

	/** The request parameters a handler reads: its {@code @RequestParam}s and the properties of its forms. */
	private static Set<String> parameters(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>();
		for (Parameter parameter : handler.getMethod().getParameters()) {
			RequestParam param = parameter.getAnnotation(RequestParam.class);
			if (param != null) {
				names.add(!param.name().isEmpty() ? param.name() : parameter.getName());
			}
			if (parameter.isAnnotationPresent(ModelAttribute.class)) {
				Class<?> form = parameter.getType();
				if (form.isRecord()) {
					Stream.of(form.getRecordComponents()).map(RecordComponent::getName).forEach(names::add);
				}
				else {
					Stream.of(form.getDeclaredFields())
						.filter(field -> !java.lang.reflect.Modifier.isStatic(field.getModifiers()))
						.map(java.lang.reflect.Field::getName)
						.forEach(names::add);
				}
			}
		}
		return names;
	}

	private static List<Probe> probes(Endpoint endpoint, Map<String, String> goodIds) {
		List<Probe> probes = new ArrayList<>();
		for (String method : endpoint.methods()) {
			// ids that name nothing or are no ids, with the parameters of the wrong type
			for (String id : BAD_IDS) {
				probes.add(probe(method, endpoint, Map.of(), id, fields(endpoint, "x"), "id " + abbreviate(id)));
			}
			for (String value : BAD_VALUES) {
				probes.add(probe(method, endpoint, goodIds, "1", fields(endpoint, value),
						value == null ? "parameters missing" : "parameters = " + abbreviate(value)));
			}
			if (!"GET".equals(method)) {
				String path = fill(endpoint.pattern(), goodIds, "1");
				probes.add(new Probe(method, path, "multipart/form-data; boundary=xyz",
						"--xyz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nbroken", "malformed multipart"));
				probes.add(new Probe(method, path, "multipart/form-data", "", "multipart without boundary"));
				probes.add(new Probe(method, path, "application/json", "{\"file\": [", "malformed JSON"));
				probes.add(new Probe(method, path, "application/x-www-form-urlencoded", "%%%=&&=%zz&a=%E3%81",
						"malformed form"));
				probes.add(new Probe(method, path, "text/plain", HUGE, "100 KiB text"));
				if (endpoint.multipart()) {
					probes.add(new Probe(method, path, "application/x-www-form-urlencoded", "file=x",
							"a form where a file is expected"));
				}
			}
		}
		return probes;
	}

	private static Probe probe(String method, Endpoint endpoint, Map<String, String> ids, String badId,
			Map<String, String> fields, String description) {
		String path = fill(endpoint.pattern(), ids, badId);
		String form = fields.entrySet().stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		if ("GET".equals(method)) {
			return new Probe(method, form.isEmpty() ? path : path + "?" + form, null, null, description);
		}
		return new Probe(method, path, "application/x-www-form-urlencoded", form, description);
	}

	private static Map<String, String> fields(Endpoint endpoint, String value) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (value != null) {
			endpoint.parameters().forEach(name -> fields.put(name, value));
		}
		return fields;
	}

	/**
	 * The pattern with each path variable set to the real id of its name, or else to the other id (URL-encoded where
	 * it must be).
	 */
	private static String fill(String pattern, Map<String, String> ids, String otherId) {
		return PATH_VARIABLE.matcher(pattern)
			.replaceAll(variable -> Matcher.quoteReplacement(ids.getOrDefault(variable.group(1), otherId)));
	}

	/**
	 * Rows in our tables and in the engine's runtime tables, by table; but the memberships the transfer detection
	 * copies from the directory on its own schedule (a minute after the start, whatever the requests).
	 */
	private Map<String, Long> stored() {
		Map<String, Long> rows = new TreeMap<>();
		for (String table : jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
				+ "WHERE TABLE_SCHEMA = 'PUBLIC' AND (TABLE_NAME LIKE 'TSG_%' OR TABLE_NAME LIKE 'ACT_RU_%')"
				+ " AND TABLE_NAME <> 'TSG_MEMBERSHIP_SNAPSHOT'", String.class)) {
			rows.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
		}
		return rows;
	}

	private static String abbreviate(String text) {
		String line = text.replace('\n', ' ').replace("\u0000", "\\0");
		return line.length() <= 80 ? line : line.substring(0, 80) + "…(" + line.length() + ")";
	}

	/** A browser's session: signed in on the login page (unless anonymous), with the session's CSRF token. */
	private final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		private final String csrf;

		Browser(String user) throws IOException, InterruptedException {
			String loginToken = csrfField(get("/login"));
			if (user.isEmpty()) {
				this.csrf = loginToken;
				return;
			}
			HttpResponse<String> signedIn = send(new Probe("POST", "/login", "application/x-www-form-urlencoded",
					"username=" + user + "&password=" + user + "&_csrf=" + loginToken, "sign-in"), false);
			assertThat(signedIn.headers().firstValue("Location")).as("%s signed in", user)
				.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
			this.csrf = csrfField(get("/"));
		}

		private HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return send(new Probe("GET", path, null, null, "page"), false);
		}

		HttpResponse<String> send(Probe probe) throws IOException, InterruptedException {
			return send(probe, true);
		}

		private HttpResponse<String> send(Probe probe, boolean withToken) throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + probe.path()))
				.timeout(Duration.ofSeconds(60))
				.header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8");
			if (withToken && csrf != null) {
				request.header("X-CSRF-TOKEN", csrf);
			}
			if (probe.contentType() != null) {
				request.header("Content-Type", probe.contentType());
			}
			request.method(probe.method(), probe.body() == null ? BodyPublishers.noBody()
					: BodyPublishers.ofString(probe.body(), StandardCharsets.UTF_8));
			return client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		private static String csrfField(HttpResponse<String> page) {
			Matcher csrf = CSRF_FIELD.matcher(page.body());
			assertThat(csrf.find()).as("CSRF field in %s", page.uri()).isTrue();
			return csrf.group(1);
		}

	}

}
