package jp.tsunagari.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

/**
 * The seed's 38 sheets with the answers their sections gave, read from the register CSV by the test itself (a regex
 * over each line, not the application's CsvTable), so that the seed replay checks the application against an
 * independent reading of the data.
 */
final class SeedSheets {

	static final String REGISTER = "evaluation/sendai-programmes.csv";

	static final String SECTION_GROUPS = "evaluation/section-groups.yaml";

	/** A comma followed by an even number of quotes up to the end of the line: a comma outside quotes. */
	private static final Pattern SEPARATOR = Pattern.compile(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");

	private SeedSheets() {
	}

	/** Every row as column name to value, in file order. The seed's CSV has no line breaks inside fields. */
	static List<Map<String, String>> rows() {
		List<String> lines = lines();
		List<String> header = fields(lines.get(0));
		List<Map<String, String>> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			List<String> fields = fields(line);
			if (fields.size() != header.size()) {
				throw new IllegalStateException("Expected " + header.size() + " fields, got " + fields.size() + ": " + line);
			}
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i), fields.get(i));
			}
			rows.add(row);
		}
		return rows;
	}

	/** The section's answers of one row as the sheet form sends them (codes as the form's option values). */
	static Map<String, Object> answers(Map<String, String> row) {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put(SelfEvaluation.ANNUAL_STATUS, row.get("r2_results_summary_en"));
		answers.put(SelfEvaluation.SETTLED_COST_KYEN, Integer.parseInt(row.get("budget_r2_settled_kyen")));
		answers.put(SelfEvaluation.NEXT_YEAR_BUDGET_KYEN, Integer.parseInt(row.get("budget_r3_budget_kyen")));
		answers.put(SelfEvaluation.ISSUES_NEXT_STEPS, row.get("issues_next_steps_summary_en"));
		answers.put(SelfEvaluation.COOP_COMMUNITY_ACTORS, circled(row.get("coop_with_community_actors_code")));
		answers.put(SelfEvaluation.COOP_CROSS_DEPARTMENT, circled(row.get("coop_cross_department_code")));
		answers.put(SelfEvaluation.PARTNERS_ACHIEVED, codes(row.get("partners_achieved_codes")));
		answers.put(SelfEvaluation.PARTNERS_NOT_ACHIEVED, codes(row.get("partners_not_achieved_codes")));
		answers.put(SelfEvaluation.TARGET_GROUPS, targetGroups(row));
		// the names the form asks for once ⑤, ⑫ or その他 is ticked
		putIfGiven(answers, SelfEvaluation.TARGET_OTHER_TEXT, row.get("target_other_text"));
		putIfGiven(answers, SelfEvaluation.CONSULTATION_BODY_NAMES, row.get("partner5_consultation_body_names"));
		putIfGiven(answers, SelfEvaluation.CITY_DEPARTMENT_NAMES, row.get("partner12_city_department_names"));
		return answers;
	}

	private static void putIfGiven(Map<String, Object> answers, String name, String value) {
		if (value != null && !value.isBlank()) {
			answers.put(name, value);
		}
	}

	static List<String> targetGroups(Map<String, String> row) {
		List<String> groups = new ArrayList<>();
		Map<String, String> columns = Map.of("target_elderly", "ELDERLY", "target_disabled", "DISABLED",
				"target_child_rearing", "CHILD_REARING", "target_community_actors", "COMMUNITY_ACTORS", "target_other",
				"OTHER");
		for (String column : List.of("target_elderly", "target_disabled", "target_child_rearing",
				"target_community_actors", "target_other")) {
			if ("1".equals(row.get(column))) {
				groups.add(columns.get(column));
			}
		}
		return groups;
	}

	/** ① to "1": the form's value for the seed's circled digit. */
	static String circled(String code) {
		return Integer.toString("①②③④".indexOf(code) + 1);
	}

	/** "1;8;12" to [1, 8, 12]; "none" (なし) to nothing. */
	static List<String> codes(String codes) {
		return "none".equals(codes) || codes.isBlank() ? List.of() : Arrays.asList(codes.split(";"));
	}

	private static List<String> lines() {
		try (InputStream in = new ClassPathResource(REGISTER).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> fields(String line) {
		return Arrays.stream(SEPARATOR.split(line.replace("\uFEFF", ""), -1))
			.map(field -> field.startsWith("\"") && field.endsWith("\"") && field.length() > 1
					? field.substring(1, field.length() - 1).replace("\"\"", "\"") : field)
			.toList();
	}

}
