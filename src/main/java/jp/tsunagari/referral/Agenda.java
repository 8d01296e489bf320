package jp.tsunagari.referral;

import static jp.tsunagari.referral.NabariReferral.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The agenda of one エリアディレクター会議: case number, district and fields of each case, nothing personal. */
final class Agenda {

	private Agenda() {
	}

	/** The agenda so far (a list variable, or nothing yet) with one more case. */
	static List<Object> with(Object agenda, Map<?, ?> tabled) {
		List<Object> items = new ArrayList<>();
		if (agenda instanceof Collection<?> earlier) {
			items.addAll(earlier);
		}
		items.add(Map.copyOf(tabled));
		return items;
	}

	/** What the meeting form shows: one line per case. */
	static String summary(List<Object> agenda) {
		StringBuilder text = new StringBuilder();
		for (Object item : agenda) {
			Map<?, ?> tabled = (Map<?, ?>) item;
			text.append("- %s（第%s地区）：%s%n".formatted(tabled.get(CASE_NUMBER), tabled.get(DISTRICT),
					tabled.get(FIELD_LABELS)));
		}
		return text.toString();
	}

}
