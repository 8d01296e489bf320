package jp.tsunagari.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EvaluationSheetTest {

	private static final Map<String, Object> PROGRAMME = Map.of("id", "1", "name", "地域防災リーダー養成・支援事業",
			"policyDirection", "1-4", "priorityMeasure", "仙台の強みを活かした新たな担い手の育成", "section", "危機管理局減災推進課",
			"groups", List.of("disaster-reduction"));

	@Test
	void readsTheAnswersOfTheSheetForm() {
		EvaluationSheet sheet = EvaluationSheet.fromAnswers(PROGRAMME, answers());

		assertThat(sheet.programmeId()).isEqualTo("1");
		assertThat(sheet.section()).isEqualTo("危機管理局減災推進課");
		assertThat(sheet.settledKyen()).isEqualTo(1546);
		assertThat(sheet.budgetKyen()).isEqualTo(5686);
		assertThat(sheet.coopCommunityActors()).isEqualTo(CooperationCode.ACHIEVED);
		assertThat(sheet.coopCrossDepartment()).isEqualTo(CooperationCode.UNDECIDED);
		assertThat(sheet.partnersAchieved()).containsExactlyInAnyOrder(Partner.NPO, Partner.NEIGHBOURHOOD_ASSOCIATIONS,
				Partner.CITY_DEPARTMENTS);
		assertThat(sheet.partnersNotAchieved()).isEmpty();
		assertThat(sheet.targetGroups()).containsExactly("COMMUNITY_ACTORS");
	}

	@Test
	void survivesTheRoundTripThroughAProcessVariable() {
		EvaluationSheet sheet = EvaluationSheet.fromAnswers(PROGRAMME, answers());

		Map<String, Object> variable = sheet.asVariable();

		assertThat(variable).containsEntry("partnersAchieved", List.of("1", "8", "12"))
			.containsEntry("coopCrossDepartment", "3");
		assertThat(EvaluationSheet.fromVariable(variable)).isEqualTo(sheet);
	}

	@Test
	void acceptsAmountsAsText() {
		Map<String, Object> answers = answers();
		answers.put(SelfEvaluation.SETTLED_COST_KYEN, " 0 ");

		assertThat(EvaluationSheet.fromAnswers(PROGRAMME, answers).settledKyen()).isZero();
	}

	@Test
	void refusesASheetWithoutAmountsOrCooperationAnswers() {
		Map<String, Object> noAmount = answers();
		noAmount.put(SelfEvaluation.NEXT_YEAR_BUDGET_KYEN, null);
		Map<String, Object> noCooperation = answers();
		noCooperation.remove(SelfEvaluation.COOP_CROSS_DEPARTMENT);
		Map<String, Object> negative = answers();
		negative.put(SelfEvaluation.SETTLED_COST_KYEN, -5);
		Map<String, Object> unknownPartner = answers();
		unknownPartner.put(SelfEvaluation.PARTNERS_ACHIEVED, List.of("13"));

		assertThatThrownBy(() -> EvaluationSheet.fromAnswers(PROGRAMME, noAmount))
			.hasMessage("自己評価シート（事業 1）の予算額（千円）が入力されていません: null");
		assertThatThrownBy(() -> EvaluationSheet.fromAnswers(PROGRAMME, noCooperation))
			.hasMessageContaining("組織横断的な連携");
		assertThatThrownBy(() -> EvaluationSheet.fromAnswers(PROGRAMME, negative)).hasMessageContaining("negative");
		assertThatThrownBy(() -> EvaluationSheet.fromAnswers(PROGRAMME, unknownPartner))
			.hasMessageContaining("No partner code 13");
	}

	@Test
	void knowsTheSeedsCodes() {
		assertThat(CooperationCode.ofCode("4")).isEqualTo(CooperationCode.NOT_NEEDED);
		assertThat(CooperationCode.NOT_NEEDED.label()).isEqualTo("④必要なかった");
		assertThat(EvaluationSheet.partners(List.of("12", "5"))).isEqualTo(Set.of(Partner.CITY_DEPARTMENTS,
				Partner.CONSULTATION_BODIES));
		assertThatThrownBy(() -> CooperationCode.ofCode("5")).isInstanceOf(IllegalArgumentException.class);
	}

	private static Map<String, Object> answers() {
		Map<String, Object> answers = new HashMap<>();
		answers.put(SelfEvaluation.SETTLED_COST_KYEN, 1546);
		answers.put(SelfEvaluation.NEXT_YEAR_BUDGET_KYEN, 5686L);
		answers.put(SelfEvaluation.COOP_COMMUNITY_ACTORS, "1");
		answers.put(SelfEvaluation.COOP_CROSS_DEPARTMENT, "3");
		answers.put(SelfEvaluation.PARTNERS_ACHIEVED, List.of("1", "8", "12"));
		answers.put(SelfEvaluation.PARTNERS_NOT_ACHIEVED, List.of());
		answers.put(SelfEvaluation.TARGET_GROUPS, List.of("COMMUNITY_ACTORS"));
		return answers;
	}

}
