package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * The Japanese labels our application ships for Camunda's Tasklist. The browser test compares what the Tasklist
 * shows with these, so it checks that the locale is installed and chosen, whatever the translation says.
 */
final class TasklistLocale {

	static final String JAPANESE = "META-INF/resources/webjars/camunda/app/tasklist/locales/ja.json";

	private static final Pattern JAPANESE_SCRIPT = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

	private final JsonNode labels;

	private TasklistLocale(JsonNode labels) {
		this.labels = labels;
	}

	static TasklistLocale japanese() {
		ClassPathResource file = new ClassPathResource(JAPANESE);
		assertThat(file.exists()).as("the Japanese Tasklist locale %s is on the classpath", JAPANESE).isTrue();
		try (InputStream in = file.getInputStream()) {
			// Camunda's own locale files start with a byte order mark
			String json = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
			return new TasklistLocale(new ObjectMapper().readTree(json).path("labels"));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + JAPANESE, ex);
		}
	}

	/** The Japanese label for a key of Camunda's en.json; it must exist and be written in Japanese. */
	String label(String key) {
		String label = labels.path(key).asText("");
		assertThat(label).as("%s in %s", key, JAPANESE).isNotBlank();
		assertThat(JAPANESE_SCRIPT.matcher(label).find()).as("%s = \"%s\" is Japanese", key, label).isTrue();
		return label;
	}

}
