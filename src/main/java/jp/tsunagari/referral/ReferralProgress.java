package jp.tsunagari.referral;

import static jp.tsunagari.referral.NabariReferral.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Execution;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * How many referral cases are at which step, per district, for managers: counts only, never a case number, name
 * or any other case variable. The engine is asked as the application (no user), because managers are not granted
 * the cases themselves; the only variable read is the district number.
 */
@EngineNode
@Component
public class ReferralProgress {

	/** Steps as managers read them, each with the waiting points of the model that belong to it. */
	static final Map<String, List<String>> STAGES = stages();

	static final String CLOSED = "終結";

	private final RuntimeService runtime;

	private final HistoryService history;

	ReferralProgress(RuntimeService runtime, HistoryService history) {
		this.runtime = runtime;
		this.history = history;
	}

	/** District ("01" …) → stage → number of cases; every stage present, zero where none. */
	public Map<String, Map<String, Long>> byDistrict() {
		Map<String, Map<String, Long>> table = new TreeMap<>();
		STAGES.forEach((stage, activities) -> {
			for (String activity : activities) {
				List<String> instances = runtime.createExecutionQuery().processDefinitionKey(PROCESS_KEY)
					.activityId(activity).list().stream().map(Execution::getProcessInstanceId).toList();
				districtsOf(instances, false).forEach(district -> count(table, district, stage));
			}
		});
		List<String> closed = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
			.finished().list().stream().map(HistoricProcessInstance::getId).toList();
		districtsOf(closed, true).forEach(district -> count(table, district, CLOSED));
		return table;
	}

	private List<String> districtsOf(List<String> instances, boolean finished) {
		if (instances.isEmpty()) {
			return List.of();
		}
		String[] ids = instances.toArray(String[]::new);
		List<String> districts = new ArrayList<>();
		if (finished) {
			history.createHistoricVariableInstanceQuery().variableName(DISTRICT).processInstanceIdIn(ids).list()
				.forEach(variable -> districts.add(String.valueOf(variable.getValue())));
		}
		else {
			runtime.createVariableInstanceQuery().variableName(DISTRICT).processInstanceIdIn(ids).list()
				.forEach(variable -> districts.add(String.valueOf(variable.getValue())));
		}
		return districts;
	}

	private static void count(Map<String, Map<String, Long>> table, String district, String stage) {
		table.computeIfAbsent(district, key -> emptyRow()).merge(stage, 1L, Long::sum);
	}

	private static Map<String, Long> emptyRow() {
		Map<String, Long> row = new LinkedHashMap<>();
		STAGES.keySet().forEach(stage -> row.put(stage, 0L));
		row.put(CLOSED, 0L);
		return row;
	}

	private static Map<String, List<String>> stages() {
		Map<String, List<String>> stages = new LinkedHashMap<>();
		stages.put("受付・アセスメント", List.of(TASK_INTAKE));
		stages.put("地域での支援", List.of(TASK_LOCAL_SUPPORT));
		stages.put("会議待ち・決定", List.of(EVENT_MEETING_HELD, TASK_RECORD_DECISION));
		stages.put("支援計画の実施", List.of(TASK_CARRY_OUT_PLAN));
		stages.put("フォローアップ", List.of(EVENT_FOLLOW_UP_DUE, TASK_FOLLOW_UP));
		return Collections.unmodifiableMap(stages);
	}

}
