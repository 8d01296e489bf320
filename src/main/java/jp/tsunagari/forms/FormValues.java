package jp.tsunagari.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.spin.json.SpinJsonNode;

/**
 * Values as a form sees them: text, booleans, numbers (as BigDecimal, so 3, 3L and 3.0 compare equal) and lists.
 * Tasklist submits lists (checklists) as Json variables, which the engine hands out as Spin nodes.
 */
final class FormValues {

	private static final ObjectMapper JSON = new ObjectMapper();

	private FormValues() {
	}

	static Object plain(JsonNode node) {
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (node.isTextual()) {
			return node.asText();
		}
		if (node.isBoolean()) {
			return node.asBoolean();
		}
		if (node.isNumber()) {
			return node.decimalValue();
		}
		if (node.isArray()) {
			List<Object> elements = new ArrayList<>();
			node.forEach(element -> elements.add(plain(element)));
			return elements;
		}
		return node;
	}

	/** A variable's value (String, Boolean, a Number, a Spin JSON node, a collection, ...) as a form value. */
	static Object plain(Object value) {
		if (value instanceof Number number) {
			try {
				return new BigDecimal(number.toString());
			}
			catch (NumberFormatException ex) {
				// NaN and infinities are no numbers a form accepts
				return value;
			}
		}
		if (value instanceof SpinJsonNode json) {
			try {
				return plain(JSON.readTree(json.toString()));
			}
			catch (JsonProcessingException ex) {
				return value;
			}
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(FormValues::plain).toList();
		}
		return value;
	}

	static boolean same(Object option, Object value) {
		if (option instanceof BigDecimal a && value instanceof BigDecimal b) {
			return a.compareTo(b) == 0;
		}
		return Objects.equals(option, value);
	}

}
