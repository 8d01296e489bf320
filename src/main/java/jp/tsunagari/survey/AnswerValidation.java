package jp.tsunagari.survey;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the answers posted by the response page against the questionnaire. Every problem is reported in
 * Japanese under the question's id, so the page shows it beside the question and keeps the other answers.
 */
final class AnswerValidation {

	/** The answers kept (question id to values) and the problems found (question id to message). */
	record Result(Map<String, List<String>> answers, Map<String, String> errors) {

		boolean valid() {
			return errors.isEmpty();
		}

	}

	private AnswerValidation() {
	}

	static Result check(Questionnaire questionnaire, Map<String, String[]> parameters) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		int number = 0;
		for (Question question : questionnaire.questions()) {
			number++;
			List<String> values = Arrays.stream(parameters.getOrDefault(question.id(), new String[0]))
				.map(String::strip)
				.filter(value -> !value.isEmpty())
				.distinct()
				.toList();
			String label = "問" + number + "：";
			if (values.isEmpty()) {
				if (question.required()) {
					errors.put(question.id(), label + (question.isChoice() ? "回答を選んでください。" : "回答を入力してください。"));
				}
				continue;
			}
			if (question.type() != Question.Type.MULTIPLE && values.size() > 1) {
				errors.put(question.id(), label + "回答は1つだけ選んでください。");
			}
			else if (question.isChoice() && !values.stream().allMatch(question::hasOption)) {
				errors.put(question.id(), label + "選択肢にない回答が送られました。");
			}
			else if (!question.isChoice() && values.get(0).length() > question.maxLength()) {
				errors.put(question.id(), label + question.maxLength() + "文字以内で入力してください（現在 "
						+ values.get(0).length() + "文字）。");
			}
			answers.put(question.id(), values);
		}
		return new Result(answers, errors);
	}

}
