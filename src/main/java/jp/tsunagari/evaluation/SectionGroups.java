package jp.tsunagari.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Which Camunda groups fill the sheets of a responsible section (担当課名): data read from a small YAML file, so a
 * municipality maps its own section names without touching code. Whitespace inside names is ignored when matching,
 * because registers are typed by hand (the seed writes 「若林区　まちづくり推進課」 with a full-width space).
 */
final class SectionGroups {

	private final Map<String, List<String>> groupsBySection;

	private SectionGroups(Map<String, List<String>> groupsBySection) {
		this.groupsBySection = groupsBySection;
	}

	static SectionGroups read(InputStream yaml, String description) {
		JsonNode sections;
		try {
			sections = new YAMLMapper().readTree(yaml).path("sections");
		}
		catch (IOException ex) {
			throw new InvalidRegisterException(description + ": " + ex.getMessage());
		}
		if (!sections.isObject() || sections.isEmpty()) {
			throw new InvalidRegisterException(description + ": no 'sections' mapping of section names to group ids");
		}
		Map<String, List<String>> groupsBySection = new LinkedHashMap<>();
		sections.fields().forEachRemaining(entry -> {
			List<String> groups = texts(entry.getValue());
			if (groups.isEmpty()) {
				throw new InvalidRegisterException(description + ": section " + entry.getKey() + " has no group ids");
			}
			groupsBySection.put(normalise(entry.getKey()), groups);
		});
		return new SectionGroups(groupsBySection);
	}

	Optional<List<String>> groupsOf(String section) {
		return Optional.ofNullable(groupsBySection.get(normalise(section)));
	}

	private static List<String> texts(JsonNode node) {
		if (node.isTextual() && !node.asText().isBlank()) {
			return List.of(node.asText().strip());
		}
		if (!node.isArray()) {
			return List.of();
		}
		return StreamSupport.stream(node.spliterator(), false)
			.map(JsonNode::asText)
			.map(String::strip)
			.filter(text -> !text.isEmpty())
			.toList();
	}

	static String normalise(String section) {
		return section == null ? "" : section.replaceAll("[\\s\\u3000]+", "");
	}

}
