package jp.tsunagari.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coded answers of one accepted self-evaluation sheet: what the compilation counts and sums. The free texts stay
 * in the sheet's own (history) variables; the compiled report needs only figures and codes.
 *
 * @param programmeId the register's key of the sheet
 * @param programmeName 事業名
 * @param policyDirection 施策の方向 code
 * @param priorityMeasure 重点施策
 * @param section 担当課名 as the register writes it
 * @param settledKyen 決算額 of the evaluated year, 千円
 * @param budgetKyen 予算額 of the next year, 千円
 * @param coopCommunityActors 9-(1) cooperation with community actors
 * @param coopCrossDepartment 9-(1) cross-department cooperation within the city
 * @param partnersAchieved 9-(2) partners cooperated with
 * @param partnersNotAchieved 9-(2) partners wanted but not achieved (empty = なし)
 * @param targetGroups 4 事業の対象者 (ELDERLY, DISABLED, CHILD_REARING, COMMUNITY_ACTORS, OTHER)
 */
record EvaluationSheet(String programmeId, String programmeName, String policyDirection, String priorityMeasure,
		String section, long settledKyen, long budgetKyen, CooperationCode coopCommunityActors,
		CooperationCode coopCrossDepartment, Set<Partner> partnersAchieved, Set<Partner> partnersNotAchieved,
		List<String> targetGroups) {

	EvaluationSheet {
		if (settledKyen < 0 || budgetKyen < 0) {
			throw new IllegalArgumentException("Sheet " + programmeId + ": amounts in 千円 cannot be negative");
		}
		partnersAchieved = Set.copyOf(partnersAchieved);
		partnersNotAchieved = Set.copyOf(partnersNotAchieved);
		targetGroups = List.copyOf(targetGroups);
	}

	/** The sheet as a process variable: plain JSON-friendly values, no class of ours. */
	Map<String, Object> asVariable() {
		Map<String, Object> variable = new LinkedHashMap<>();
		variable.put("programmeId", programmeId);
		variable.put("programmeName", programmeName);
		variable.put("policyDirection", policyDirection);
		variable.put("priorityMeasure", priorityMeasure);
		variable.put("section", section);
		variable.put("settledKyen", settledKyen);
		variable.put("budgetKyen", budgetKyen);
		variable.put("coopCommunityActors", coopCommunityActors.code());
		variable.put("coopCrossDepartment", coopCrossDepartment.code());
		variable.put("partnersAchieved", codes(partnersAchieved));
		variable.put("partnersNotAchieved", codes(partnersNotAchieved));
		variable.put("targetGroups", new ArrayList<>(targetGroups));
		return variable;
	}

	/**
	 * The sheet from the answers the section gave in the sheet form (variable name to plain value: text, number,
	 * list of codes) and the programme it was written for. A missing required answer is refused with a message for
	 * the secretariat member who accepts the sheet; Tasklist's form never lets one through.
	 */
	static EvaluationSheet fromAnswers(Map<?, ?> programme, Map<String, ?> answers) {
		String id = text(programme, "id");
		return new EvaluationSheet(id, text(programme, "name"), text(programme, "policyDirection"),
				text(programme, "priorityMeasure"), text(programme, "section"),
				amount(id, answers.get(SelfEvaluation.SETTLED_COST_KYEN), "決算額"),
				amount(id, answers.get(SelfEvaluation.NEXT_YEAR_BUDGET_KYEN), "予算額"),
				cooperation(id, answers.get(SelfEvaluation.COOP_COMMUNITY_ACTORS), "担い手との連携"),
				cooperation(id, answers.get(SelfEvaluation.COOP_CROSS_DEPARTMENT), "組織横断的な連携"),
				partners(answers.get(SelfEvaluation.PARTNERS_ACHIEVED)),
				partners(answers.get(SelfEvaluation.PARTNERS_NOT_ACHIEVED)),
				texts(answers.get(SelfEvaluation.TARGET_GROUPS)));
	}

	static EvaluationSheet fromVariable(Map<?, ?> variable) {
		return new EvaluationSheet(text(variable, "programmeId"), text(variable, "programmeName"),
				text(variable, "policyDirection"), text(variable, "priorityMeasure"), text(variable, "section"),
				number(variable, "settledKyen"), number(variable, "budgetKyen"),
				CooperationCode.ofCode(text(variable, "coopCommunityActors")),
				CooperationCode.ofCode(text(variable, "coopCrossDepartment")), partners(variable.get("partnersAchieved")),
				partners(variable.get("partnersNotAchieved")), texts(variable.get("targetGroups")));
	}

	static Set<Partner> partners(Object codes) {
		Set<Partner> partners = EnumSet.noneOf(Partner.class);
		texts(codes).forEach(code -> partners.add(Partner.ofCode(code)));
		return partners;
	}

	private static List<String> codes(Set<Partner> partners) {
		return new ArrayList<>(partners.stream().sorted().map(partner -> Integer.toString(partner.code())).toList());
	}

	private static List<String> texts(Object values) {
		if (values == null) {
			return List.of();
		}
		if (!(values instanceof Collection<?> collection)) {
			throw new IllegalArgumentException("Expected a list, got " + values);
		}
		return collection.stream().map(String::valueOf).toList();
	}

	private static long amount(String id, Object value, String what) {
		if (value instanceof Number number) {
			return number.longValue();
		}
		if (value instanceof String text && text.strip().matches("\\d+")) {
			return Long.parseLong(text.strip());
		}
		throw new IllegalArgumentException("自己評価シート（事業 " + id + "）の" + what + "（千円）が入力されていません: " + value);
	}

	private static CooperationCode cooperation(String id, Object value, String what) {
		if (value == null) {
			throw new IllegalArgumentException("自己評価シート（事業 " + id + "）の連携状況（" + what + "）が選ばれていません");
		}
		return CooperationCode.ofCode(value.toString());
	}

	private static String text(Map<?, ?> variable, String key) {
		Object value = variable.get(key);
		return value == null ? "" : value.toString();
	}

	private static long number(Map<?, ?> variable, String key) {
		if (variable.get(key) instanceof Number number) {
			return number.longValue();
		}
		throw new IllegalArgumentException("Sheet " + variable.get("programmeId") + " has no number " + key);
	}

}
