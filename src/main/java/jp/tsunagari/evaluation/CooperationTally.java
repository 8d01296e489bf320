package jp.tsunagari.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many sheets gave each answer to field 9 連携状況: the two cooperation questions of 9-(1) by code ①–④, and
 * each partner ①–⑫ of 9-(2) as achieved or as wanted but not achieved.
 */
final class CooperationTally {

	static final String COMMUNITY_ACTORS_QUESTION = "地域保健福祉活動の担い手との連携";

	static final String CROSS_DEPARTMENT_QUESTION = "市の関係部局内との組織横断的な連携";

	private final Map<CooperationCode, Integer> communityActors = new EnumMap<>(CooperationCode.class);

	private final Map<CooperationCode, Integer> crossDepartment = new EnumMap<>(CooperationCode.class);

	private final Map<Partner, Integer> partnersAchieved = new EnumMap<>(Partner.class);

	private final Map<Partner, Integer> partnersNotAchieved = new EnumMap<>(Partner.class);

	private CooperationTally() {
	}

	static CooperationTally of(Collection<EvaluationSheet> sheets) {
		CooperationTally tally = new CooperationTally();
		for (EvaluationSheet sheet : sheets) {
			tally.communityActors.merge(sheet.coopCommunityActors(), 1, Integer::sum);
			tally.crossDepartment.merge(sheet.coopCrossDepartment(), 1, Integer::sum);
			sheet.partnersAchieved().forEach(partner -> tally.partnersAchieved.merge(partner, 1, Integer::sum));
			sheet.partnersNotAchieved().forEach(partner -> tally.partnersNotAchieved.merge(partner, 1, Integer::sum));
		}
		return tally;
	}

	int communityActors(CooperationCode code) {
		return communityActors.getOrDefault(code, 0);
	}

	int crossDepartment(CooperationCode code) {
		return crossDepartment.getOrDefault(code, 0);
	}

	int partnerAchieved(Partner partner) {
		return partnersAchieved.getOrDefault(partner, 0);
	}

	int partnerNotAchieved(Partner partner) {
		return partnersNotAchieved.getOrDefault(partner, 0);
	}

	/** One row per question, a column per code: the table the council reads. */
	List<Map<String, Object>> questionRows() {
		List<Map<String, Object>> rows = new ArrayList<>();
		rows.add(questionRow(COMMUNITY_ACTORS_QUESTION, communityActors));
		rows.add(questionRow(CROSS_DEPARTMENT_QUESTION, crossDepartment));
		return rows;
	}

	/** One row per partner code, all twelve, in code order. */
	List<Map<String, Object>> partnerRows() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Partner partner : Partner.values()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("partner", partner.label());
			row.put("achieved", partnerAchieved(partner));
			row.put("notAchieved", partnerNotAchieved(partner));
			rows.add(row);
		}
		return rows;
	}

	private static Map<String, Object> questionRow(String question, Map<CooperationCode, Integer> counts) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("question", question);
		row.put("achieved", counts.getOrDefault(CooperationCode.ACHIEVED, 0));
		row.put("notAchieved", counts.getOrDefault(CooperationCode.NOT_ACHIEVED, 0));
		row.put("undecided", counts.getOrDefault(CooperationCode.UNDECIDED, 0));
		row.put("notNeeded", counts.getOrDefault(CooperationCode.NOT_NEEDED, 0));
		return row;
	}

}
