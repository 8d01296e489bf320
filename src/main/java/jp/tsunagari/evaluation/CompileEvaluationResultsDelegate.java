package jp.tsunagari.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * 評価結果の集計: compiles the accepted sheets into {@code evaluationSummary} for the council subcommittee. A pure
 * computation over process data, so it runs in the engine (asynchronously, after the last sheet is accepted) rather
 * than as an external task that would ship every sheet over REST and back.
 */
@EngineNode
@Component
class CompileEvaluationResultsDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		List<EvaluationSheet> sheets = List.of();
		if (execution.getVariable(SelfEvaluation.ACCEPTED_SHEETS) instanceof Collection<?> accepted) {
			sheets = accepted.stream().map(sheet -> EvaluationSheet.fromVariable((Map<?, ?>) sheet)).toList();
		}
		execution.setVariable(SelfEvaluation.EVALUATION_SUMMARY, EvaluationSummary.of(sheets).asVariable());
	}

}
