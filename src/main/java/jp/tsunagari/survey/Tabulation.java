package jp.tsunagari.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 集計: the response rate, and for each question how many answered it, the count and share of each option (shares
 * of those who answered the question, as the seed reports them: 「心の健康」67.2%, 001:L1515-L1520) and the free
 * text answers.
 */
record Tabulation(String title, int recipients, int responses, BigDecimal responseRate, List<QuestionResult> questions) {

	record OptionCount(String value, String label, int count, BigDecimal percent) {
	}

	record QuestionResult(Question question, int answered, List<OptionCount> options, List<String> texts) {
	}

	static Tabulation of(Questionnaire questionnaire, String title, int recipients,
			Collection<Map<String, List<String>>> responses) {
		List<QuestionResult> results = new ArrayList<>();
		for (Question question : questionnaire.questions()) {
			List<List<String>> answers = responses.stream()
				.map(response -> response.getOrDefault(question.id(), List.of()))
				.filter(values -> !values.isEmpty())
				.toList();
			if (question.isChoice()) {
				Map<String, Integer> counts = new LinkedHashMap<>();
				question.options().forEach(option -> counts.put(option.value(), 0));
				answers.forEach(values -> values.stream().distinct().forEach(value -> counts.merge(value, 1, Integer::sum)));
				List<OptionCount> options = counts.entrySet().stream()
					.map(entry -> new OptionCount(entry.getKey(), question.labelOf(entry.getKey()), entry.getValue(),
							percent(entry.getValue(), answers.size())))
					.toList();
				results.add(new QuestionResult(question, answers.size(), options, List.of()));
			}
			else {
				results.add(new QuestionResult(question, answers.size(), List.of(),
						answers.stream().map(values -> values.get(0)).toList()));
			}
		}
		return new Tabulation(title, recipients, responses.size(), percent(responses.size(), recipients), results);
	}

	/** A percentage with one decimal (half up), as the reports print them; 0 of 0 is 0. */
	static BigDecimal percent(int part, int whole) {
		if (whole == 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	/** A short text for the analyst's task form (counts only, no free text: that stays in the store). */
	String summary() {
		StringBuilder text = new StringBuilder();
		text.append("配布数 ").append(recipients).append("件、回答数 ").append(responses).append("件、回答率 ")
			.append(responseRate.toPlainString()).append("%\n\n");
		for (QuestionResult result : questions) {
			text.append("**").append(result.question().id()).append(" ").append(result.question().text())
				.append("**（回答 ").append(result.answered()).append("件）\n");
			for (OptionCount option : result.options()) {
				text.append("- ").append(option.label()).append("：").append(option.count()).append("件（")
					.append(option.percent().toPlainString()).append("%）\n");
			}
			if (!result.question().isChoice()) {
				text.append("- 自由記述 ").append(result.texts().size()).append("件（Excel/CSV で確認）\n");
			}
			text.append('\n');
		}
		return text.toString();
	}

}
