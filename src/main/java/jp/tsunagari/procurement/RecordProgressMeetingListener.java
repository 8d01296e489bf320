package jp.tsunagari.procurement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagari.system.EngineNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * Appends a completed progress meeting (date, attendees, notes) to the process-wide list {@code progressMeetings}:
 * the meeting record the seeds keep (打合せ記録一覧). The answers are local to the meeting task, so two meetings open
 * at the same time never overwrite each other; two completed in the same instant meet the engine's optimistic
 * locking and the later one is simply submitted again.
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

		DelegateExecution processInstance = task.getExecution().getProcessInstance();
		List<Object> meetings = new ArrayList<>();
		if (processInstance.getVariableLocal(TrialProjectProcurement.PROGRESS_MEETINGS) instanceof Collection<?> earlier) {
			meetings.addAll(earlier);
		}
		meetings.add(meeting);
		processInstance.setVariableLocal(TrialProjectProcurement.PROGRESS_MEETINGS, meetings);
	}

}
