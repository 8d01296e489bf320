package jp.tsunagari.symposium;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.tsunagari.system.EngineNode;
import jp.tsunagari.system.ProcessLists;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/** A publicity channel done (or skipped): its name, result and note join publicityRecords. */
@EngineNode
@Component
class RecordPublicityListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("channel", task.getName());
		record.put("carriedOut", task.getVariable(SymposiumPlanning.CHANNEL_CARRIED_OUT));
		record.put("note", task.getVariable(SymposiumPlanning.CHANNEL_NOTE));
		ProcessLists.append(task.getExecution(), SymposiumPlanning.PUBLICITY_RECORDS, record);
	}

}
