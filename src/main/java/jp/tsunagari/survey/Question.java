package jp.tsunagari.survey;

import java.util.List;

/**
 * One question of a questionnaire. Single and multiple choice answers are option values; a text answer is free
 * text up to {@code maxLength} characters.
 */
record Question(String id, String section, String text, Type type, boolean required, int maxLength,
		List<Option> options) {

	enum Type {
		SINGLE, MULTIPLE, TEXT
	}

	record Option(String value, String label) {
	}

	boolean isChoice() {
		return type != Type.TEXT;
	}

	boolean hasOption(String value) {
		return options.stream().anyMatch(option -> option.value().equals(value));
	}

	String labelOf(String value) {
		return options.stream().filter(option -> option.value().equals(value)).map(Option::label).findFirst()
			.orElse(value);
	}

}
