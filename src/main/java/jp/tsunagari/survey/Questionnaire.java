package jp.tsunagari.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A questionnaire as the response page shows it, with the two answers the platform acts on: interest in joining
 * the platform (candidate members) and the wish for city information (event invitations), 001:L1082-L1084.
 */
record Questionnaire(String id, String title, String introduction, List<Question> questions,
		AnswerRule candidateMember, AnswerRule wantsInformation) {

	/** Which answers of which question set a flag. */
	record AnswerRule(String question, Set<String> values) {

		boolean matches(Map<String, List<String>> answers) {
			return answers.getOrDefault(question, List.of()).stream().anyMatch(values::contains);
		}

	}

	Question question(String questionId) {
		return questions.stream().filter(question -> question.id().equals(questionId)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No question " + questionId + " in " + id));
	}

	/** Reads the YAML structure (see survey/questionnaires/*.yaml); options are strings or value/label pairs. */
	@SuppressWarnings("unchecked")
	static Questionnaire fromMap(Map<String, Object> yaml) {
		List<Question> questions = new ArrayList<>();
		for (Map<String, Object> q : (List<Map<String, Object>>) yaml.get("questions")) {
			List<Question.Option> options = new ArrayList<>();
			for (Object option : (List<Object>) q.getOrDefault("options", List.of())) {
				if (option instanceof Map<?, ?> pair) {
					options.add(new Question.Option(String.valueOf(pair.get("value")), String.valueOf(pair.get("label"))));
				}
				else {
					options.add(new Question.Option(String.valueOf(option), String.valueOf(option)));
				}
			}
			questions.add(new Question(String.valueOf(q.get("id")), String.valueOf(q.getOrDefault("section", "")),
					String.valueOf(q.get("text")), Question.Type.valueOf(String.valueOf(q.get("type")).toUpperCase()),
					Boolean.TRUE.equals(q.get("required")), ((Number) q.getOrDefault("max-length", 2000)).intValue(),
					List.copyOf(options)));
		}
		return new Questionnaire(String.valueOf(yaml.get("id")), String.valueOf(yaml.get("title")),
				String.valueOf(yaml.getOrDefault("introduction", "")), List.copyOf(questions),
				rule(yaml.get("candidate-member")), rule(yaml.get("wants-information")));
	}

	@SuppressWarnings("unchecked")
	private static AnswerRule rule(Object value) {
		if (!(value instanceof Map<?, ?> map)) {
			return new AnswerRule("", Set.of());
		}
		List<Object> values = (List<Object>) map.get("values");
		return new AnswerRule(String.valueOf(map.get("question")),
				Set.copyOf(values.stream().map(String::valueOf).toList()));
	}

}
