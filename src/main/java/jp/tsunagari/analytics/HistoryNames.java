package jp.tsunagari.analytics;

import java.text.Collator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import jp.tsunagari.directory.OrganisationKind;

/**
 * The names people read for keys in the history: processes (the latest version's name in ACT_RE_PROCDEF) and
 * departments (ACT_ID_GROUP, kept in step with the organisation directory). Small tables, read whole; in the order of
 * their Japanese names, as the pages' filters list them.
 */
class HistoryNames {

	private final JdbcTemplate jdbc;

	HistoryNames(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, String> processes() {
		Map<String, String> names = new HashMap<>();
		jdbc.query("SELECT KEY_, NAME_ FROM ACT_RE_PROCDEF WHERE NAME_ IS NOT NULL ORDER BY VERSION_",
				row -> {
					names.put(row.getString("KEY_"), row.getString("NAME_"));
				});
		return byName(names);
	}

	Map<String, String> groups() {
		Map<String, String> names = new HashMap<>();
		jdbc.query("SELECT ID_, NAME_ FROM ACT_ID_GROUP WHERE NAME_ IS NOT NULL", row -> {
			names.put(row.getString("ID_"), row.getString("NAME_"));
		});
		return byName(names);
	}

	/**
	 * The departments a task can go to: the organisation directory's groups of every kind but {@code ROLE} (managers,
	 * analysts), without the technical ones it adds (administrators, the workers), in natural order (第2地区 before
	 * 第10地区). The directory stores each group's kind as its type.
	 */
	Map<String, String> departments() {
		List<String> kinds = Arrays.stream(OrganisationKind.values())
			.filter(kind -> kind != OrganisationKind.ROLE)
			.map(OrganisationKind::name)
			.toList();
		Map<String, String> names = new HashMap<>();
		jdbc.query("SELECT ID_, NAME_, TYPE_ FROM ACT_ID_GROUP WHERE NAME_ IS NOT NULL", row -> {
			if (kinds.contains(row.getString("TYPE_"))) {
				names.put(row.getString("ID_"), row.getString("NAME_"));
			}
		});
		Map<String, String> sorted = new LinkedHashMap<>();
		names.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue(NaturalOrder.JAPANESE))
			.forEach(name -> sorted.put(name.getKey(), name.getValue()));
		return sorted;
	}

	private static Map<String, String> byName(Map<String, String> names) {
		Collator japanese = Collator.getInstance(Locale.JAPANESE);
		Map<String, String> sorted = new LinkedHashMap<>();
		names.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue(japanese))
			.forEach(name -> sorted.put(name.getKey(), name.getValue()));
		return sorted;
	}

}
