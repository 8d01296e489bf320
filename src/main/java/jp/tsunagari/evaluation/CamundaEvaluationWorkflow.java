package jp.tsunagari.evaluation;

import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

@Component
@EngineNode
class CamundaEvaluationWorkflow implements EvaluationWorkflow {

	private final RuntimeService runtime;

	CamundaEvaluationWorkflow(RuntimeService runtime) {
		this.runtime = runtime;
	}

	@Override
	public boolean isOpen(int fiscalYear) {
		return runtime.createProcessInstanceQuery()
			.processDefinitionKey(SelfEvaluation.PROCESS_KEY)
			.variableValueEquals(SelfEvaluation.FISCAL_YEAR, fiscalYear)
			.count() > 0;
	}

	@Override
	public void open(int fiscalYear, LocalDate submissionDeadline) {
		// the same variables, of the same types, as the start form sends (a number and an ISO date string); the model
		// names the instance (令和2年度 地域保健福祉計画 自己評価), as for one started in Tasklist
		runtime.startProcessInstanceByKey(SelfEvaluation.PROCESS_KEY,
				Variables.createVariables()
					.putValue(SelfEvaluation.FISCAL_YEAR, fiscalYear)
					.putValue(SelfEvaluation.SUBMISSION_DEADLINE, submissionDeadline.toString()));
	}

}
