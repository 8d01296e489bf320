package jp.tsunagari.formation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisations to invite in a recruitment round: the survey's interested respondents first, then the referred
 * organisations (one per line), each once (names compared after width and space normalisation, as the survey merges
 * recipients) and none already a member.
 */
final class MemberCandidates {

	private MemberCandidates() {
	}

	static List<String> of(Collection<String> fromSurveys, String referrals, Collection<String> members) {
		Map<String, String> candidates = new LinkedHashMap<>();
		List<String> all = new ArrayList<>(fromSurveys);
		if (referrals != null) {
			all.addAll(referrals.lines().toList());
		}
		for (String name : all) {
			String key = key(name);
			if (!key.isEmpty()) {
				candidates.putIfAbsent(key, name.strip());
			}
		}
		members.forEach(member -> candidates.remove(key(member)));
		return List.copyOf(candidates.values());
	}

	private static String key(String name) {
		return Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
	}

}
