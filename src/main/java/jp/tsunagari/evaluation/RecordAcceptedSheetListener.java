package jp.tsunagari.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.json.SpinJsonNode;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;
import jp.tsunagari.system.ProcessLists;

/**
 * When the secretariat accepts a sheet (end event シート確定 of the per-programme sub-process), adds its coded answers
 * to the process-wide list {@code acceptedSheets}. The answers live in variables local to the programme's
 * sub-process instance, which end with it, and Camunda 7 has no output collection for multi-instance: this is the
 * collection step. Two sheets accepted in the same instant touch the same variable; the engine's optimistic locking
 * then refuses the later one, which is simply submitted again.
 */
@EngineNode
@Component
class RecordAcceptedSheetListener implements ExecutionListener {

	@Override
	public void notify(DelegateExecution execution) {
		Map<String, Object> answers = new HashMap<>();
		SelfEvaluation.SHEET_ANSWERS.forEach(name -> answers.put(name, plain(execution.getVariable(name))));
		Map<?, ?> programme = (Map<?, ?>) execution.getVariable(SelfEvaluation.PROGRAMME);
		EvaluationSheet sheet = EvaluationSheet.fromAnswers(programme, answers);
		ProcessLists.append(execution, SelfEvaluation.ACCEPTED_SHEETS, sheet.asVariable());
	}

	/** Tasklist sends checklist answers as Json variables; the sheet wants plain lists. */
	private static Object plain(Object value) {
		if (value instanceof SpinJsonNode json) {
			return json.isArray() ? json.mapTo(ArrayList.class) : json.isNull() ? null : json.mapTo(Object.class);
		}
		return value;
	}

}
