package jp.tsunagari.forms;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The input fields of a Camunda Form (form-js 1.8 JSON) with the rules the browser checks, so the engine can check
 * a submission the same way. Groups are walked; a field inherits the hide conditions of the groups around it.
 */
final class CamundaForm {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*\\}\\}");

	private final List<FormField> fields;

	private CamundaForm(List<FormField> fields) {
		this.fields = fields;
	}

	static CamundaForm read(byte[] schema) {
		try {
			JsonNode form = JSON.readTree(schema);
			List<FormField> fields = new ArrayList<>();
			collect(form.path("components"), List.of(), fields);
			return new CamundaForm(List.copyOf(fields));
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Not a Camunda Form: " + ex.getMessage(), ex);
		}
	}

	private static void collect(JsonNode components, List<String> outerConditions, List<FormField> fields) {
		for (JsonNode component : components) {
			List<String> conditions = new ArrayList<>(outerConditions);
			hideCondition(component).ifPresent(conditions::add);
			if (component.hasNonNull("key") && !component.path("disabled").asBoolean()) {
				// form-js skips disabled fields when it validates, and leaves them out of what it submits
				fields.add(FormField.of(component, List.copyOf(conditions)));
			}
			collect(component.path("components"), conditions, fields);
		}
	}

	/** form-js writes FEEL conditions with a leading "="; a plain string is no expression. */
	private static Optional<String> hideCondition(JsonNode component) {
		String hide = component.path("conditional").path("hide").asText("");
		return hide.startsWith("=") ? Optional.of(hide.substring(1)) : Optional.empty();
	}

	/**
	 * What is wrong with these values, in Japanese, one message per field; empty when the form accepts them.
	 * @param values the variables as plain Java values (String, Boolean, BigDecimal, List)
	 * @param hides whether a FEEL hide condition holds for this submission (a hidden field is neither required nor
	 * checked, as in form-js)
	 */
	List<String> violations(Map<String, Object> values, Predicate<String> hides) {
		List<String> violations = new ArrayList<>();
		for (FormField field : fields) {
			if (field.hideConditions().stream().noneMatch(hides)) {
				field.violation(values.get(field.key())).map(message -> withVariables(message, values))
					.ifPresent(violations::add);
			}
		}
		return violations;
	}

	/** Labels may hold templates ({@code {{fiscalYearLabel}}決算額}), filled as form-js fills them on the page. */
	private static String withVariables(String message, Map<String, Object> values) {
		return TEMPLATE.matcher(message).replaceAll(template -> Matcher.quoteReplacement(
				Objects.toString(valueAt(template.group(1), values), "")));
	}

	/** A variable, or a property of a Json variable ({@code programme.priorityMeasure}). */
	private static Object valueAt(String path, Map<String, Object> values) {
		String[] names = path.split("\\.");
		Object value = values.get(names[0]);
		for (int i = 1; i < names.length; i++) {
			value = value instanceof JsonNode node ? FormValues.plain(node.path(names[i])) : null;
		}
		return value;
	}

}
