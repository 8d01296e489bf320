package jp.tsunagari.symposium;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.tsunagari.system.EngineNode;
import jp.tsunagari.system.ProcessLists;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import org.springframework.stereotype.Component;

/** 登壇者決定: the accepted speaker (role, name, affiliation) joins confirmedSpeakers. */
@EngineNode
@Component
class RecordConfirmedSpeakerListener implements ExecutionListener {

	@Override
	public void notify(DelegateExecution execution) {
		Map<String, Object> speaker = new LinkedHashMap<>();
		speaker.put("role", execution.getVariable(SymposiumPlanning.SPEAKER_ROLE));
		speaker.put("name", execution.getVariable(SymposiumPlanning.CANDIDATE_NAME));
		speaker.put("affiliation", execution.getVariable(SymposiumPlanning.CANDIDATE_AFFILIATION));
		ProcessLists.append(execution, SymposiumPlanning.CONFIRMED_SPEAKERS, speaker);
	}

}
