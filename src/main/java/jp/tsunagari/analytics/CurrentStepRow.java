package jp.tsunagari.analytics;

import java.time.LocalDateTime;

/**
 * One open activity of a running instance, with its task's due date, assignee and one candidate group if any (a task
 * offered to two departments gives two rows with the same activity instance id).
 */
record CurrentStepRow(String instanceId, String activityInstanceId, String processKey, String businessKey,
		LocalDateTime started, String activityName, String activityType, LocalDateTime due, String assignee,
		String candidateGroup) {

	/** What {@link ProgressQueries} calls an event sub-process (the history calls it a sub-process). */
	static final String EVENT_SUB_PROCESS = "eventSubProcess";

	/** An embedded sub-process: the models' phases (（ア）初期段階 …). */
	boolean isPhase() {
		return "subProcess".equals(activityType);
	}

	/** Multi-instance bodies and sub-processes of either kind are containers of the steps people see. */
	boolean isStep() {
		return !isPhase() && !EVENT_SUB_PROCESS.equals(activityType) && !"multiInstanceBody".equals(activityType);
	}

}
