package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * One sign-in over HTTP, as a browser holds it (a session cookie, no redirect followed): the login page signs the
 * user in to our pages and to Camunda's webapps at once, the webapps' calls work with that session and keep their
 * own CSRF protection, their own login endpoint is closed, and signing out on either side ends the one session.
 * The start page offers the webapps and pages each demo role may open.
 */
// the REST API finds the engine by name in a JVM-wide registry: each whole-application test closes its own context
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class OneSignInIT {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String WEBAPP_USER = "/camunda/api/admin/auth/user/default";

	/** What the webapps' scripts (AngularJS) accept. */
	private static final String WEBAPP_ACCEPT = "application/json, text/plain, */*";

	@LocalServerPort
	private int port;

	@Autowired
	private TestRestTemplate rest;

	@Test
	void theLoginPageSignsInToTheWebappsAndBringsTheUserBack() throws Exception {
		Browser browser = new Browser();

		HttpResponse<String> tasklist = browser.get("/camunda/app/tasklist/default/");
		assertThat(tasklist.statusCode()).isEqualTo(302);
		assertThat(location(tasklist)).endsWith("/login");
		HttpResponse<String> signedIn = browser.signIn("sato");
		assertThat(location(signedIn)).as("back to the Tasklist").contains("/camunda/app/tasklist/default/");

		HttpResponse<String> webappUser = browser.call(WEBAPP_USER);
		assertThat(webappUser.statusCode()).isEqualTo(200);
		assertThat(webappUser.body()).contains("\"userId\":\"sato\"", "\"tasklist\"").doesNotContain("\"cockpit\"");
		assertThat(browser.call("/camunda/api/engine/engine/default/task/count").body()).contains("count");
	}

	@Test
	void anonymousWebappCallsGet401AndTheWebappsOwnLoginIsClosed() throws Exception {
		Browser browser = new Browser();
		assertThat(browser.call("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(401);
		assertThat(browser.postForm(WEBAPP_USER + "/login/tasklist", Map.of("username", "sato", "password", "sato"))
			.statusCode()).isEqualTo(401);

		// signed in as sato, the webapps' own login (with their CSRF token) would switch them to kato: closed
		browser.signIn("sato");
		HttpResponse<String> otherUser = browser.send(WEBAPP_USER + "/login/cockpit",
				browser.webappHeaders(), Map.of("username", "kato", "password", "kato"));
		assertThat(otherUser.statusCode()).isEqualTo(403);
		assertThat(browser.call(WEBAPP_USER).body()).contains("\"userId\":\"sato\"");
	}

	@Test
	void signingOutOfTheWebappsEndsTheSessionOfOurPages() throws Exception {
		Browser browser = new Browser();
		browser.signIn("sato");
		assertThat(browser.get("/").statusCode()).isEqualTo(200);

		assertThat(browser.send(WEBAPP_USER + "/logout", browser.webappHeaders(), Map.of())
			.statusCode()).isEqualTo(200);
		assertThat(location(browser.get("/"))).endsWith("/login");
		assertThat(browser.call(WEBAPP_USER).statusCode()).isEqualTo(401);
	}

	/** The webapps' CSRF filter still guards their calls made in our session. */
	@Test
	void aWebappCallWithoutTheWebappsCsrfTokenIsRefused() throws Exception {
		Browser browser = new Browser();
		browser.signIn("sato");
		browser.webappCsrfToken();

		assertThat(browser.send("/camunda/api/engine/engine/default/filter/create", Map.of("Accept", WEBAPP_ACCEPT),
				Map.of()).statusCode()).isEqualTo(403);
		// Camunda's answer to a forged call: the session ends
		assertThat(browser.call(WEBAPP_USER).statusCode()).isEqualTo(401);
	}

	@Test
	void signingOutOfOurPagesEndsTheWebappsSession() throws Exception {
		Browser browser = new Browser();
		browser.signIn("sato");
		assertThat(browser.call(WEBAPP_USER).statusCode()).isEqualTo(200);

		HttpResponse<String> signedOut = browser.postForm("/logout", Map.of("_csrf", csrfField(browser.get("/"))));
		assertThat(location(signedOut)).endsWith("/login?logout");
		assertThat(location(browser.get("/camunda/app/tasklist/default/"))).endsWith("/login");
		assertThat(browser.call(WEBAPP_USER).statusCode()).isEqualTo(401);
	}

	@Test
	void theStartPageOffersOnlyTheWebappsAndPagesTheUserMayOpen() {
		// sato's section is the secretariat of the case conference
		assertThat(menu("sato")).containsExactly("タスクリスト", "支援会議 件数", "不在・代理の登録", "メール通知の設定");
		assertThat(menu("sasaki")).containsExactly("タスクリスト", "不在・代理の登録", "メール通知の設定");
		assertThat(menu("kato")).containsExactly("タスクリスト", "コックピット", "手続きの進捗", "処理時間の分析", "3層のつなぎ 件数",
				"支援会議 件数", "不在・代理の登録", "メール通知の設定");
		assertThat(menu("yoshida")).containsExactly("タスクリスト", "コックピット", "処理時間の分析", "不在・代理の登録", "メール通知の設定");
		assertThat(menu("demo")).containsExactly("タスクリスト", "コックピット", "管理", "不在・代理の登録", "メール通知の設定");
	}

	/** The links of the start page's menu, as the user sees them. */
	private java.util.List<String> menu(String user) {
		String page = rest.withBasicAuth(user, user).getForObject("/", String.class);
		String menu = page.substring(page.indexOf("<ul class=\"menu\">"), page.indexOf("</ul>"));
		return Pattern.compile("<a href=\"[^\"]*\">([^<]+)</a>").matcher(menu).results().map(link -> link.group(1)).toList();
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("(none: " + response.statusCode() + ")");
	}

	private static String csrfField(HttpResponse<String> page) {
		Matcher csrf = CSRF_FIELD.matcher(page.body());
		assertThat(csrf.find()).as("CSRF field in %s", page.uri()).isTrue();
		return csrf.group(1);
	}

	/** A browser's view of the server: its cookies, and redirects left for the test to see. */
	private final class Browser {

		private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		/**
		 * Signs in on the login page, as its form does, and opens the Tasklist, whose page makes the webapps take
		 * the user from the session (their calls alone do not).
		 */
		HttpResponse<String> signIn(String user) throws IOException, InterruptedException {
			HttpResponse<String> response = postForm("/login",
					Map.of("username", user, "password", user, "_csrf", csrfField(get("/login"))));
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(location(response)).doesNotContain("error");
			assertThat(get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
			return response;
		}

		/** The headers of the webapps' modifying calls: JSON, and their CSRF token. */
		Map<String, String> webappHeaders() throws IOException, InterruptedException {
			return Map.of("Accept", WEBAPP_ACCEPT, "X-XSRF-TOKEN", webappCsrfToken());
		}

		/**
		 * The token the webapps' CSRF filter hands out (as a cookie, with the first GET of the session), for the
		 * header of their modifying calls.
		 */
		String webappCsrfToken() throws IOException, InterruptedException {
			call("/camunda/api/engine/engine/");
			return cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter(cookie -> "XSRF-TOKEN".equals(cookie.getName()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"))
				.getValue();
		}

		/** A GET as the browser's address bar makes it, asking for a page. */
		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
					BodyHandlers.ofString());
		}

		HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
			return send(path, Map.of(), fields);
		}

		/** A GET as the webapps' scripts make it, asking for JSON. */
		HttpResponse<String> call(String path) throws IOException, InterruptedException {
			return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", WEBAPP_ACCEPT)
				.GET()
				.build(), BodyHandlers.ofString());
		}

		/** A POST of form fields, as a page's form sends it, with these headers (the webapps' token). */
		HttpResponse<String> send(String path, Map<String, String> headers, Map<String, String> fields)
				throws IOException, InterruptedException {
			String form = fields.entrySet()
				.stream()
				.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(BodyPublishers.ofString(form));
			headers.forEach(request::setHeader);
			return client.send(request.build(), BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}

	}

}
