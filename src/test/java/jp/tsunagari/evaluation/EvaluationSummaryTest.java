package jp.tsunagari.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tsunagari.evaluation.EvaluationSummary.Amounts;
import jp.tsunagari.evaluation.EvaluationSummary.Total;

class EvaluationSummaryTest {

	@Test
	void totalsBySectionAndPolicyDirection() {
		EvaluationSummary summary = EvaluationSummary.of(List.of(
				sheet("1", "1-4", "危機管理局減災推進課", 1546, 5686, "1", "1", List.of(1, 8, 12)),
				sheet("17", "3-3", "危機管理局減災推進課", 1546, 5686, "1", "1", List.of(1, 8, 12)),
				sheet("4", "1-4", "仙台市社会福祉協議会", 297, 220, "1", "3", List.of(1, 2, 4))));

		assertThat(summary.sheetCount()).isEqualTo(3);
		assertThat(summary.total()).isEqualTo(new Amounts(3389, 11592));
		assertThat(summary.distinctTotal()).isEqualTo(new Amounts(1843, 5906));
		assertThat(summary.bySection()).containsExactly(new Total("危機管理局減災推進課", 2, 3092, 11372),
				new Total("仙台市社会福祉協議会", 1, 297, 220));
		assertThat(summary.byPolicyDirection()).containsExactly(new Total("1-4 重点施策", 2, 1843, 5906),
				new Total("3-3 重点施策", 1, 1546, 5686));
		assertThat(summary.targetGroups()).containsExactly(Map.entry("ELDERLY", 0), Map.entry("DISABLED", 0),
				Map.entry("CHILD_REARING", 0), Map.entry("COMMUNITY_ACTORS", 3), Map.entry("OTHER", 0));
	}

	@Test
	void talliesEveryCooperationCodeAndPartnerIncludingTheUnused() {
		CooperationTally tally = EvaluationSummary.of(List.of(
				sheet("1", "1-4", "A", 0, 0, "1", "1", List.of(1, 8, 12)),
				sheet("2", "1-4", "B", 0, 0, "1", "3", List.of(8)))).cooperation();

		assertThat(tally.communityActors(CooperationCode.ACHIEVED)).isEqualTo(2);
		assertThat(tally.crossDepartment(CooperationCode.ACHIEVED)).isEqualTo(1);
		assertThat(tally.crossDepartment(CooperationCode.UNDECIDED)).isEqualTo(1);
		assertThat(tally.crossDepartment(CooperationCode.NOT_NEEDED)).isZero();
		assertThat(tally.partnerAchieved(Partner.NEIGHBOURHOOD_ASSOCIATIONS)).isEqualTo(2);
		assertThat(tally.partnerAchieved(Partner.SCHOOLS)).isZero();
		assertThat(tally.partnerRows()).hasSize(12);
		assertThat(tally.questionRows()).containsExactly(
				Map.of("question", "地域保健福祉活動の担い手との連携", "achieved", 2, "notAchieved", 0, "undecided", 0,
						"notNeeded", 0),
				Map.of("question", "市の関係部局内との組織横断的な連携", "achieved", 1, "notAchieved", 0, "undecided", 1,
						"notNeeded", 0));
	}

	@Test
	void summarisesNothingAsZeros() {
		Map<String, Object> variable = EvaluationSummary.of(List.of()).asVariable();

		assertThat(variable).containsEntry("sheets", 0).containsEntry("settledKyen", 0L).containsEntry("bySection", List.of());
	}

	/**
	 * Seed replay: the 38 sheets of seed 003 with their sections' answers. Every figure is checked against a count
	 * made here over the CSV, and the totals also against the figures of the seed notes (§2.2).
	 */
	@Test
	void replaysTheSeedsThirtyEightSheets() {
		List<Map<String, String>> rows = SeedSheets.rows();
		List<EvaluationSheet> sheets = rows.stream()
			.map(row -> EvaluationSheet.fromAnswers(programme(row), SeedSheets.answers(row)))
			.toList();

		EvaluationSummary summary = EvaluationSummary.of(sheets);

		// independent count over the CSV
		Map<String, long[]> bySection = new LinkedHashMap<>();
		Map<String, long[]> byDirection = new LinkedHashMap<>();
		Map<String, Integer> communityActors = new HashMap<>();
		Map<String, Integer> crossDepartment = new HashMap<>();
		Map<String, Integer> partners = new HashMap<>();
		Map<String, Integer> targets = new HashMap<>();
		Set<String> amountPairs = new HashSet<>();
		long settled = 0;
		long budget = 0;
		long distinctSettled = 0;
		long distinctBudget = 0;
		for (Map<String, String> row : rows) {
			long rowSettled = Long.parseLong(row.get("budget_r2_settled_kyen"));
			long rowBudget = Long.parseLong(row.get("budget_r3_budget_kyen"));
			add(bySection, row.get("responsible_section"), rowSettled, rowBudget);
			add(byDirection, row.get("policy_direction_code") + " " + row.get("priority_measure"), rowSettled, rowBudget);
			communityActors.merge(row.get("coop_with_community_actors_code"), 1, Integer::sum);
			crossDepartment.merge(row.get("coop_cross_department_code"), 1, Integer::sum);
			SeedSheets.codes(row.get("partners_achieved_codes")).forEach(code -> partners.merge(code, 1, Integer::sum));
			SeedSheets.targetGroups(row).forEach(group -> targets.merge(group, 1, Integer::sum));
			settled += rowSettled;
			budget += rowBudget;
			if (amountPairs.add(rowSettled + "/" + rowBudget)) {
				distinctSettled += rowSettled;
				distinctBudget += rowBudget;
			}
		}

		assertThat(summary.sheetCount()).isEqualTo(rows.size()).isEqualTo(38);
		assertThat(summary.total()).isEqualTo(new Amounts(settled, budget));
		assertThat(summary.distinctTotal()).isEqualTo(new Amounts(distinctSettled, distinctBudget));
		assertThat(summary.bySection()).hasSize(bySection.size())
			.allSatisfy(total -> assertThat(new long[] { total.sheets(), total.settledKyen(), total.budgetKyen() })
				.isEqualTo(bySection.get(total.name())));
		assertThat(summary.byPolicyDirection()).hasSize(byDirection.size())
			.allSatisfy(total -> assertThat(new long[] { total.sheets(), total.settledKyen(), total.budgetKyen() })
				.isEqualTo(byDirection.get(total.name())));
		for (CooperationCode code : CooperationCode.values()) {
			String circled = "①②③④".substring(code.ordinal(), code.ordinal() + 1);
			assertThat(summary.cooperation().communityActors(code)).isEqualTo(communityActors.getOrDefault(circled, 0));
			assertThat(summary.cooperation().crossDepartment(code)).isEqualTo(crossDepartment.getOrDefault(circled, 0));
		}
		for (Partner partner : Partner.values()) {
			assertThat(summary.cooperation().partnerAchieved(partner))
				.isEqualTo(partners.getOrDefault(Integer.toString(partner.code()), 0));
		}
		summary.targetGroups().forEach((group, count) -> assertThat(count).isEqualTo(targets.getOrDefault(group, 0)));

		// the seed notes' figures (notes-sendai-self-evaluation.md §2.2, §3.1), computed there from the source text
		assertThat(summary.total()).isEqualTo(new Amounts(2_299_929, 2_357_992));
		assertThat(summary.distinctTotal()).isEqualTo(new Amounts(2_170_974, 2_185_130));
		assertThat(summary.cooperation().crossDepartment(CooperationCode.ACHIEVED)).isEqualTo(32);
		assertThat(summary.cooperation().crossDepartment(CooperationCode.UNDECIDED)).isEqualTo(6);
		assertThat(summary.cooperation().partnerAchieved(Partner.CITY_DEPARTMENTS)).isEqualTo(33);
		assertThat(summary.bySection().get(0)).isEqualTo(new Total("仙台市社会福祉協議会", 8,
				bySection.get("仙台市社会福祉協議会")[1], bySection.get("仙台市社会福祉協議会")[2]));
		assertThat(summary.targetGroups()).containsEntry("COMMUNITY_ACTORS", 27).containsEntry("ELDERLY", 18);
	}

	private static void add(Map<String, long[]> totals, String key, long settled, long budget) {
		long[] total = totals.computeIfAbsent(key, name -> new long[3]);
		total[0]++;
		total[1] += settled;
		total[2] += budget;
	}

	private static Map<String, Object> programme(Map<String, String> row) {
		Map<String, Object> programme = new HashMap<>();
		programme.put("id", row.get("sheet_seq"));
		programme.put("name", row.get("programme_name"));
		programme.put("policyDirection", row.get("policy_direction_code"));
		programme.put("priorityMeasure", row.get("priority_measure"));
		programme.put("section", row.get("responsible_section"));
		return programme;
	}

	private static EvaluationSheet sheet(String id, String direction, String section, long settled, long budget,
			String communityActors, String crossDepartment, List<Integer> partners) {
		return new EvaluationSheet(id, "事業" + id, direction, "重点施策", section, settled, budget,
				CooperationCode.ofCode(communityActors), CooperationCode.ofCode(crossDepartment),
				EvaluationSheet.partners(partners.stream().map(String::valueOf).toList()), Set.of(),
				List.of("COMMUNITY_ACTORS"));
	}

}
