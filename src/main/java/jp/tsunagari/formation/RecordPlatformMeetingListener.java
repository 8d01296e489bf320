package jp.tsunagari.formation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;
import jp.tsunagari.system.ProcessLists;

/** 連携PF会議の記録: date, attendees and notes of a meeting join platformMeetings (local answers, so none is lost). */
@EngineNode
@Component
class RecordPlatformMeetingListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		Map<String, Object> meeting = new LinkedHashMap<>();
		meeting.put(PlatformFormation.MEETING_DATE, task.getVariable(PlatformFormation.MEETING_DATE));
		meeting.put(PlatformFormation.MEETING_ATTENDEES, task.getVariable(PlatformFormation.MEETING_ATTENDEES));
		meeting.put(PlatformFormation.MEETING_NOTES, task.getVariable(PlatformFormation.MEETING_NOTES));
		ProcessLists.append(task.getExecution(), PlatformFormation.PLATFORM_MEETINGS, meeting);
	}

}
