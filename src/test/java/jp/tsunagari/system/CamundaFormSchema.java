package jp.tsunagari.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * A Camunda Form (form-js JSON) as the browser test reads it: which component holds a variable, and how it renders.
 * form-js gives every input the id {@code fjs-form-<random>-<component id>}, so the component id is what a test
 * can select on.
 */
final class CamundaFormSchema {

	/** One component with a key, i.e. one process variable. */
	record Field(String key, String componentId, String type, JsonNode definition) {

		/** The index of the option with this value among the component's static values (radio, checklist). */
		int indexOf(String value) {
			JsonNode values = definition.path("values");
			for (int i = 0; i < values.size(); i++) {
				if (value.equals(values.get(i).path("value").asText())) {
					return i;
				}
			}
			throw new IllegalArgumentException("Field " + key + " has no option with the value " + value);
		}

		/** The label of the option with this value (the select list shows labels). */
		String labelOf(String value) {
			return definition.path("values").get(indexOf(value)).path("label").asText();
		}

	}

	private final String resource;

	private final JsonNode schema;

	private CamundaFormSchema(String resource, JsonNode schema) {
		this.resource = resource;
		this.schema = schema;
	}

	static CamundaFormSchema fromClasspath(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return new CamundaFormSchema(resource, new ObjectMapper().readTree(in));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the form " + resource, ex);
		}
	}

	String id() {
		return schema.path("id").asText();
	}

	Field field(String key) {
		return find(schema.path("components"), key)
			.orElseThrow(() -> new IllegalArgumentException("The form " + resource + " has no field " + key));
	}

	private static Optional<Field> find(JsonNode components, String key) {
		return StreamSupport.stream(components.spliterator(), false).flatMap(component -> {
			if (key.equals(component.path("key").asText(null))) {
				return Optional.of(new Field(key, component.path("id").asText(), component.path("type").asText(),
						component))
					.stream();
			}
			// groups and dynamic lists nest their components
			return find(component.path("components"), key).stream();
		}).findFirst();
	}

}
