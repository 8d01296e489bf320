package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Japanese locales for Camunda's webapps, checked against Camunda 7.24's own English files in the webjar.
 * The apps load only "ja" (see config.js), so every ja.json must hold every key of en.json: a missing key
 * would show as its raw name. Tasklist, Admin and Welcome are translated completely; Cockpit at least where
 * staff look first.
 */
class WebappLocaleTest {

	private static final String APPS = "META-INF/resources/webjars/camunda/app/";

	/** Labels that read the same in Japanese: the vendor, a product name, IDs, OK, symbols, no text. */
	private static final Pattern LANGUAGE_NEUTRAL = Pattern.compile("|Camunda|Optimize|ID\\*?|OK|<null>|<undefined>|[<>]=?");

	/** Cockpit's login page, header, navigation, dashboard and common buttons. */
	private static final List<String> COCKPIT_ESSENTIALS = List.of("PAGE_LOGIN_PLEASE_SIGN_IN", "PAGE_LOGIN_USERNAME",
			"PAGE_LOGIN_PASSWORD", "PAGE_LOGIN_SIGN_IN_ACTION", "PAGE_LOGIN_ERROR_MSG", "PAGE_LOGIN_FAILED",
			"SIGN_OUT_ACTION", "MY_PROFILE", "TOGGLE_NAVIGATION", "TASKLIST_APP", "ADMIN_APP", "COCKPIT_APP",
			"COCKPIT_PROCESSES", "COCKPIT_DECISIONS", "COCKPIT_HUMAN_TASKS", "COCKPIT_MORE", "COCKPIT_DEPLOYMENTS",
			"COCKPIT_BATCHES", "DASHBOARD_RUNNING_PROCESS_INSTANCE", "DASHBOARD_OPEN_INCIDENTS",
			"DASHBOARD_OPEN_HUMAN_TASKS", "DASHBOARD_PROCESS_DEFINITIONS", "DASHBOARD_DECISION_DEFINITIONS",
			"DASHBOARD_DEPLOYMENTS", "PLUGIN_PROCESS_DEF_RUNNING_INSTANCES", "PLUGIN_PROCESS_INSTANCES_LABEL",
			"PLUGIN_INCIDENTS_LABEL", "PLUGIN_USER_TASKS_LABEL", "PLUGIN_VARIABLE_INSTANCES_LABEL", "SAVE", "CANCEL",
			"CLOSE", "DELETE");

	/** Placeholders ({{name}}, {}, %d) and HTML tags must survive translation. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}|\\{}|%[sd]");

	private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

	private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void tasklistTranslatesEveryKey() throws IOException {
		Map<String, String> english = leaves(camundas("tasklist/locales/en.json"));
		Map<String, String> japanese = leaves(ours("tasklist/locales/ja.json"));
		assertThat(missing(english, japanese)).as("keys of Camunda's Tasklist en.json missing from our ja.json").isEmpty();
		assertThat(english.keySet())
			.filteredOn(key -> key.startsWith("labels.") && english.get(key).equals(japanese.get(key)))
			.filteredOn(key -> !LANGUAGE_NEUTRAL.matcher(english.get(key)).matches())
			.as("Tasklist labels still in English")
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "welcome" })
	void adminAndWelcomeAreTranslatedCompletely(String app) throws IOException {
		Map<String, String> english = labels(leaves(camundas(app + "/locales/en.json")));
		Map<String, String> japanese = labels(leaves(ours(app + "/locales/ja.json")));
		assertThat(english.keySet())
			.filteredOn(key -> !JAPANESE.matcher(japanese.getOrDefault(key, "")).find())
			.filteredOn(key -> !LANGUAGE_NEUTRAL.matcher(english.get(key)).matches())
			.as("%s labels not in Japanese", app)
			.isEmpty();
	}

	@Test
	void cockpitShowsLoginNavigationAndDashboardInJapanese() throws IOException {
		Map<String, String> japanese = labels(leaves(ours("cockpit/locales/ja.json")));
		assertThat(COCKPIT_ESSENTIALS).filteredOn(key -> !JAPANESE.matcher(japanese.getOrDefault(key, "")).find())
			.as("Cockpit labels that must be Japanese")
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void japaneseHasExactlyTheKeysOfEnglish(String app) throws IOException {
		Map<String, String> english = leaves(camundas(app + "/locales/en.json"));
		Map<String, String> japanese = leaves(ours(app + "/locales/ja.json"));
		assertThat(missing(english, japanese)).as("%s keys missing from ja.json", app).isEmpty();
		assertThat(missing(japanese, english)).as("%s keys in ja.json that Camunda 7.24 no longer has", app).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void translationsKeepPlaceholdersAndMarkup(String app) throws IOException {
		Map<String, String> english = leaves(camundas(app + "/locales/en.json"));
		Map<String, String> japanese = leaves(ours(app + "/locales/ja.json"));
		Map<String, String> broken = new TreeMap<>();
		english.forEach((key, text) -> {
			String translated = japanese.getOrDefault(key, text);
			if (!tokens(PLACEHOLDER, text).equals(tokens(PLACEHOLDER, translated))
					|| !tokens(TAG, text).equals(tokens(TAG, translated))) {
				broken.put(key, text + " => " + translated);
			}
		});
		assertThat(broken).as("%s translations that lost or changed a placeholder or tag", app).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void configChoosesJapaneseForEveryone(String app) throws IOException {
		String config = withoutLineComments(text(ours(app + "/scripts/config.js")));
		assertThat(config).as("%s config.js", app)
			.containsPattern("availableLocales:\\s*\\[\\s*'ja'\\s*]")
			.containsPattern("fallbackLocale:\\s*'ja'")
			.containsPattern("name:\\s*'\\S+'");
	}

	@Test
	void tasklistConfigKeepsCamundasShortcuts() throws IOException {
		Pattern shortcut = Pattern.compile("(\\w+):\\s*\\{\\s*key:\\s*'([^']+)'");
		String camundas = withoutLineComments(text(camundas("tasklist/scripts/config.js")));
		String ours = withoutLineComments(text(ours("tasklist/scripts/config.js")));
		assertThat(tokens(shortcut, ours)).isNotEmpty().isEqualTo(tokens(shortcut, camundas));
	}

	/** The file in Camunda's webjar, even where our resources override the same path. */
	private static URL camundas(String path) throws IOException {
		return Collections.list(WebappLocaleTest.class.getClassLoader().getResources(APPS + path))
			.stream()
			.filter(url -> url.toString().contains("camunda-webapp-webjar"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("Camunda's webjar has no " + APPS + path));
	}

	/** Our override in src/main/resources. */
	private static URL ours(String path) throws IOException {
		return Collections.list(WebappLocaleTest.class.getClassLoader().getResources(APPS + path))
			.stream()
			.filter(url -> !url.toString().contains("camunda-webapp-webjar"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("src/main/resources has no " + APPS + path));
	}

	private static String text(URL url) throws IOException {
		try (InputStream in = url.openStream()) {
			// Camunda's locale files start with a byte order mark
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
		}
	}

	/** Every leaf of a locale file by path: labels.CLAIM_TASK, dateLocales.months[0] … */
	private static Map<String, String> leaves(URL url) throws IOException {
		Map<String, String> leaves = new LinkedHashMap<>();
		collect("", JSON.readTree(text(url)), leaves);
		return leaves;
	}

	private static void collect(String path, JsonNode node, Map<String, String> leaves) {
		if (node.isObject()) {
			node.fields().forEachRemaining(field -> collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
					field.getValue(), leaves));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collect(path + "[" + i + "]", node.get(i), leaves);
			}
		}
		else {
			leaves.put(path, node.asText());
		}
	}

	private static Map<String, String> labels(Map<String, String> leaves) {
		return leaves.entrySet()
			.stream()
			.filter(leaf -> leaf.getKey().startsWith("labels."))
			.collect(Collectors.toMap(leaf -> leaf.getKey().substring("labels.".length()), Map.Entry::getValue));
	}

	private static Set<String> missing(Map<String, String> expected, Map<String, String> actual) {
		return expected.keySet().stream().filter(key -> !actual.containsKey(key)).collect(Collectors.toCollection(TreeSet::new));
	}

	/** The sorted matches of a pattern, inner whitespace of {{ name }} ignored. */
	private static List<String> tokens(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		List<String> tokens = new ArrayList<>();
		while (matcher.find()) {
			tokens.add(matcher.group().replaceAll("\\{\\{\\s*(.*?)\\s*}}", "{{$1}}"));
		}
		Collections.sort(tokens);
		return tokens;
	}

	private static String withoutLineComments(String script) {
		return script.replaceAll("(?m)^\\s*//.*$", "");
	}

}
