package jp.tsunagari.caseconference;

import static jp.tsunagari.caseconference.CaseConference.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * How many case-conference cases are at which step, for managers: counts only. The engine is asked as the
 * application (no user); no case variable is read at all.
 */
@EngineNode
@Component
class CaseConferenceProgress {

	static final Map<String, List<String>> STAGES = stages();

	private final RuntimeService runtime;

	private final HistoryService history;

	CaseConferenceProgress(RuntimeService runtime, HistoryService history) {
		this.runtime = runtime;
		this.history = history;
	}

	/** Step → number of cases, in the order of the model, then the closed ones. */
	Map<String, Long> byStage() {
		Map<String, Long> counts = new LinkedHashMap<>();
		STAGES.forEach((stage, activities) -> counts.put(stage, activities.stream()
			.mapToLong(activity -> runtime.createExecutionQuery().processDefinitionKey(PROCESS_KEY).activityId(activity)
				.count())
			.sum()));
		counts.put("終了", history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).finished()
			.count());
		return counts;
	}

	private static Map<String, List<String>> stages() {
		Map<String, List<String>> stages = new LinkedHashMap<>();
		stages.put("共有の根拠の確認", List.of(TASK_CHECK_SHARING_BASIS));
		stages.put("本人同意の取得依頼", List.of(TASK_ASK_FOR_CONSENT));
		stages.put("会議待ち・検討", List.of(EVENT_CONFERENCE_DAY, TASK_REVIEW_CASE));
		stages.put("PFへの資源依頼", List.of(TASK_REQUEST_RESOURCES));
		stages.put("支援の開始", List.of(TASK_START_SUPPORT));
		stages.put("地域課題の情報提供", List.of(TASK_SHARE_REGIONAL_ISSUE));
		return stages;
	}

}
