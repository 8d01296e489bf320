package jp.tsunagari.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, from its WebJar on the test class path, run inside the page the browser shows: the rules of WCAG 2.0
 * and 2.1, levels A and AA, the level JIS X 8341-3:2016 asks of a municipality's web site.
 */
final class AxeCheck {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";

	private static final ObjectMapper JSON = new ObjectMapper();

	/** What axe found wrong on one page at one window width. */
	record Violation(String page, String rule, String impact, String help, List<String> targets) {

		@Override
		public String toString() {
			return page + ": " + rule + " (" + impact + ") " + help + " → " + String.join(" | ", targets);
		}

	}

	private final String script;

	AxeCheck() {
		this.script = resource(WEBJAR + version() + "/axe.min.js");
	}

	/** The violations on the page the browser shows now, each named with {@code page}. */
	List<Violation> violations(WebDriver browser, String page) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
			js.executeScript(script);
		}
		String answer = (String) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
				  .then(results => done(JSON.stringify(results.violations.map(v => ({
				    id: v.id, impact: v.impact, help: v.help,
				    targets: v.nodes.map(node => node.target.join(' ')) })))))
				  .catch(error => done('axe failed: ' + error));
				""", WCAG_21_AA);
		if (answer.startsWith("axe failed")) {
			throw new IllegalStateException(answer + " on " + page);
		}
		List<Violation> found = new ArrayList<>();
		try {
			for (JsonNode violation : JSON.readTree(answer)) {
				List<String> targets = new ArrayList<>();
				violation.path("targets").forEach(target -> targets.add(target.asText()));
				found.add(new Violation(page, violation.path("id").asText(), violation.path("impact").asText(),
						violation.path("help").asText(), targets));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found;
	}

	/** One line per violation, for a failing assertion a person can act on. */
	static String report(List<Violation> violations) {
		return violations.size() + " accessibility violation(s) (WCAG 2.1 AA, axe-core " + version() + "):\n"
				+ violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
	}

	/** The version of the WebJar on the class path: its folder inside the jar is named after it. */
	static String version() {
		Properties pom = new Properties();
		try (InputStream in = stream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
			pom.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pom.getProperty("version");
	}

	private static String resource(String name) {
		try (InputStream in = stream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream stream(String name) {
		InputStream in = AxeCheck.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IllegalStateException(name + " is not on the test class path (org.webjars.npm:axe-core)");
		}
		return in;
	}

}
