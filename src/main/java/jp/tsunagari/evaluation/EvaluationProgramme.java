package jp.tsunagari.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One self-evaluation sheet to be written: a programme of the plan as filed under one priority measure by one
 * responsible section (seed 003 files 38 such sheets; the same programme can appear twice, and three sections report
 * on one programme, so the sheet and not the programme name is the unit of work).
 *
 * @param id the register's key of the sheet ({@code sheet_seq})
 * @param policyDirectionCode 施策の方向, e.g. {@code 1-4}
 * @param priorityMeasure 重点施策, the title of the priority measure
 * @param programmeNo the programme's number within its policy direction
 * @param name 事業名
 * @param section 担当課名 as the register writes it
 * @param groups the Camunda groups that fill the sheet (two for a joint entry)
 */
record EvaluationProgramme(String id, String policyDirectionCode, String priorityMeasure, String programmeNo,
		String name, String section, List<String> groups) {

	EvaluationProgramme {
		groups = List.copyOf(groups);
	}

	/**
	 * The programme as a process variable: a map of strings (and the list of groups), so the engine stores plain
	 * JSON with no class of ours in it, and Tasklist forms can show {@code programme.name}.
	 */
	Map<String, Object> asVariable() {
		Map<String, Object> variable = new LinkedHashMap<>();
		variable.put("id", id);
		variable.put("policyDirection", policyDirectionCode);
		variable.put("priorityMeasure", priorityMeasure);
		variable.put("programmeNo", programmeNo);
		variable.put("name", name);
		variable.put("section", section);
		variable.put("groups", new ArrayList<>(groups));
		return variable;
	}

}
