package jp.tsunagari.procurement;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.tsunagari.system.EngineNode;
import jp.tsunagari.system.ProcessLists;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * Appends a completed progress meeting (date, attendees, notes) to the process-wide list {@code progressMeetings}:
 * the meeting record the seeds keep (打合せ記録一覧). The answers are local to the meeting task, so two meetings open
 * at the same time never overwrite each other.
 */
@EngineNode
@Component
class RecordProgressMeetingListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		Map<String, Object> meeting = new LinkedHashMap<>();
		meeting.put(TrialProjectProcurement.MEETING_DATE, task.getVariable(TrialProjectProcurement.MEETING_DATE));
		meeting.put(TrialProjectProcurement.MEETING_ATTENDEES,
				task.getVariable(TrialProjectProcurement.MEETING_ATTENDEES));
		meeting.put(TrialProjectProcurement.MEETING_NOTES, task.getVariable(TrialProjectProcurement.MEETING_NOTES));
		ProcessLists.append(task.getExecution(), TrialProjectProcurement.PROGRESS_MEETINGS, meeting);
	}

}
