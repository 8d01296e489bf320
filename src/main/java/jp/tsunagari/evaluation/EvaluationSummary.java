package jp.tsunagari.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * 評価結果の集計: the compiled figures of a year's accepted sheets, for the council subcommittee and the published
 * report. Totals by responsible section and by policy direction (the seed groups its sheets by 重点施策), budget
 * totals, target groups ticked, and the cooperation tally.
 *
 * <p>Seed 003 repeats identical amounts on several sheets (one budget line reported under two measures or by several
 * sheets of one organisation). The plain totals count every sheet, as the sheets are written; the distinct totals
 * count each pair of amounts once. The second is a reference figure only: the seed does not say whether equal amounts
 * are the same budget line.
 */
final class EvaluationSummary {

	/** Totals of one section or policy direction. */
	record Total(String name, int sheets, long settledKyen, long budgetKyen) {
	}

	/** The evaluated year's settled amount and the next year's budget, in 千円. */
	record Amounts(long settledKyen, long budgetKyen) {
	}

	private static final List<String> TARGET_GROUPS = List.of("ELDERLY", "DISABLED", "CHILD_REARING",
			"COMMUNITY_ACTORS", "OTHER");

	private final List<EvaluationSheet> sheets;

	private final CooperationTally cooperation;

	private EvaluationSummary(List<EvaluationSheet> sheets) {
		this.sheets = sheets;
		this.cooperation = CooperationTally.of(sheets);
	}

	static EvaluationSummary of(Collection<EvaluationSheet> sheets) {
		return new EvaluationSummary(List.copyOf(sheets));
	}

	int sheetCount() {
		return sheets.size();
	}

	Amounts total() {
		return new Amounts(sheets.stream().mapToLong(EvaluationSheet::settledKyen).sum(),
				sheets.stream().mapToLong(EvaluationSheet::budgetKyen).sum());
	}

	/** Settled amount and budget summed over distinct (settled, budget) pairs: a reference figure, see above. */
	Amounts distinctTotal() {
		Set<Amounts> seen = new HashSet<>();
		sheets.forEach(sheet -> seen.add(new Amounts(sheet.settledKyen(), sheet.budgetKyen())));
		return new Amounts(seen.stream().mapToLong(Amounts::settledKyen).sum(),
				seen.stream().mapToLong(Amounts::budgetKyen).sum());
	}

	/** By responsible section as written (a joint entry is its own section): most sheets first, then by name. */
	List<Total> bySection() {
		return totals(EvaluationSheet::section, Comparator.comparingInt(Total::sheets).reversed()
			.thenComparing(Total::name));
	}

	/** By policy direction (施策の方向 and its priority measure), in code order. */
	List<Total> byPolicyDirection() {
		return totals(sheet -> sheet.policyDirection() + " " + sheet.priorityMeasure(),
				Comparator.comparing(Total::name));
	}

	/** How many sheets ticked each target group, in the sheet's order of boxes. */
	Map<String, Integer> targetGroups() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		TARGET_GROUPS.forEach(group -> counts.put(group, 0));
		sheets.forEach(sheet -> sheet.targetGroups().forEach(group -> counts.merge(group, 1, Integer::sum)));
		return counts;
	}

	CooperationTally cooperation() {
		return cooperation;
	}

	/** The summary as a process variable: maps and lists only, ready for the tables of the council's form. */
	Map<String, Object> asVariable() {
		Map<String, Object> variable = new LinkedHashMap<>();
		variable.put("sheets", sheetCount());
		variable.put("settledKyen", total().settledKyen());
		variable.put("budgetKyen", total().budgetKyen());
		variable.put("distinctSettledKyen", distinctTotal().settledKyen());
		variable.put("distinctBudgetKyen", distinctTotal().budgetKyen());
		variable.put("bySection", rows(bySection()));
		variable.put("byPolicyDirection", rows(byPolicyDirection()));
		variable.put("targetGroups", new LinkedHashMap<>(targetGroups()));
		variable.put("cooperation", cooperation.questionRows());
		variable.put("partners", cooperation.partnerRows());
		return variable;
	}

	private List<Total> totals(Function<EvaluationSheet, String> key, Comparator<Total> order) {
		Map<String, List<EvaluationSheet>> groups = new LinkedHashMap<>();
		sheets.forEach(sheet -> groups.computeIfAbsent(key.apply(sheet), name -> new ArrayList<>()).add(sheet));
		return groups.entrySet()
			.stream()
			.map(group -> new Total(group.getKey(), group.getValue().size(),
					group.getValue().stream().mapToLong(EvaluationSheet::settledKyen).sum(),
					group.getValue().stream().mapToLong(EvaluationSheet::budgetKyen).sum()))
			.sorted(order)
			.toList();
	}

	private static List<Map<String, Object>> rows(List<Total> totals) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Total total : totals) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("name", total.name());
			row.put("sheets", total.sheets());
			row.put("settledKyen", total.settledKyen());
			row.put("budgetKyen", total.budgetKyen());
			rows.add(row);
		}
		return rows;
	}

}
