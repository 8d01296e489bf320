package jp.tsunagari.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import jp.tsunagari.system.ReadableText;

/**
 * One input of a Camunda Form and the checks form-js 1.8.7's Validator makes on it (required, min/max, minLength/
 * maxLength, pattern, decimal digits of numbers), plus what the browser's widgets guarantee and a REST client does
 * not: an option among the field's values, a number in a number field, an ISO date in a date field, text without
 * control characters (as on our pages, {@link ReadableText}). Messages name
 * the field by its Japanese label and its key, as in {@code 「委託する業務の内容」(contractContent) は必須です}.
 */
record FormField(String key, String label, String type, String subtype, JsonNode validate, List<Object> options,
		Integer decimalDigits, List<String> hideConditions) {

	static FormField of(JsonNode component, List<String> hideConditions) {
		String key = component.path("key").asText();
		// date fields carry their label as dateLabel
		String label = component.path("label").asText(component.path("dateLabel").asText(key));
		List<Object> options = new ArrayList<>();
		component.path("values").forEach(option -> options.add(FormValues.plain(option.path("value"))));
		Integer decimalDigits = component.hasNonNull("decimalDigits") ? component.path("decimalDigits").asInt() : null;
		return new FormField(key, label, component.path("type").asText(), component.path("subtype").asText(null),
				component.path("validate"), options, decimalDigits, hideConditions);
	}

	/** The first thing wrong with this field's value, as form-js checks it; nothing when it is fine. */
	Optional<String> violation(Object value) {
		if (isUnset(value)) {
			return validate.path("required").asBoolean() ? problem("は必須です") : Optional.empty();
		}
		return switch (type) {
			case "textfield", "textarea" -> value instanceof String text ? textViolation(text) : problem("は文字列で入力してください");
			case "number" -> value instanceof BigDecimal number ? numberViolation(number) : problem("は数値で入力してください");
			case "datetime" -> dateViolation(value);
			case "select", "radio" -> optionViolation(value);
			case "checklist" -> value instanceof List<?> chosen
					? chosen.stream().map(this::optionViolation).flatMap(Optional::stream).findFirst()
					: problem("は選択肢の一覧で入力してください");
			case "checkbox" -> value instanceof Boolean ? Optional.empty() : problem("はチェックの有無（true または false）で入力してください");
			default -> Optional.empty();
		};
	}

	/** form-js: no value, an empty string, an empty list, or an unticked checkbox counts as unset. */
	private boolean isUnset(Object value) {
		return value == null || "".equals(value) || (value instanceof List<?> list && list.isEmpty())
				|| ("checkbox".equals(type) && Boolean.FALSE.equals(value));
	}

	private Optional<String> textViolation(String text) {
		if (!ReadableText.readable(text)) {
			return problem("に使えない文字（制御文字、または読み取れない文字）が含まれています");
		}
		// form-js measures the trimmed text, in UTF-16 units as Java does
		int length = text.trim().length();
		if (validate.has("minLength") && length < validate.path("minLength").asInt()) {
			return problem("は" + validate.path("minLength").asInt() + "文字以上で入力してください");
		}
		if (validate.has("maxLength") && length > validate.path("maxLength").asInt()) {
			return problem("は" + validate.path("maxLength").asInt() + "文字以内で入力してください");
		}
		// JavaScript's RegExp.test finds the pattern anywhere in the text
		if (validate.hasNonNull("pattern") && !Pattern.compile(validate.path("pattern").asText()).matcher(text).find()) {
			return problem("の形式が正しくありません");
		}
		return Optional.empty();
	}

	private Optional<String> numberViolation(BigDecimal number) {
		if (validate.has("min") && number.compareTo(validate.path("min").decimalValue()) < 0) {
			return problem("は" + validate.path("min").asText() + "以上の値を入力してください");
		}
		if (validate.has("max") && number.compareTo(validate.path("max").decimalValue()) > 0) {
			return problem("は" + validate.path("max").asText() + "以下の値を入力してください");
		}
		if (decimalDigits != null && number.stripTrailingZeros().scale() > decimalDigits) {
			return decimalDigits == 0 ? problem("は整数で入力してください")
					: problem("は小数点以下" + decimalDigits + "桁までで入力してください");
		}
		return Optional.empty();
	}

	private Optional<String> dateViolation(Object value) {
		if (!"date".equals(subtype)) {
			return Optional.empty();
		}
		try {
			// the date picker submits the ISO date as text (whatever form staff typed it in); ISO parsing is strict,
			// so a day the calendar does not have (2027-02-30) is refused too
			LocalDate.parse((String) value);
			return Optional.empty();
		}
		catch (ClassCastException | DateTimeParseException ex) {
			return problem("は実在する日付を YYYY-MM-DD の形（例: 2027-02-15）で入力してください");
		}
	}

	private Optional<String> optionViolation(Object value) {
		// options from a variable (valuesKey) are not in the schema: nothing to compare with
		if (options.isEmpty() || options.stream().anyMatch(option -> FormValues.same(option, value))) {
			return Optional.empty();
		}
		return problem("に「" + value + "」という選択肢はありません");
	}

	private Optional<String> problem(String predicate) {
		return Optional.of("「" + label + "」(" + key + ") " + predicate);
	}

}
