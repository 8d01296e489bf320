package jp.tsunagari.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Names the evaluated fiscal year (令和8年度) as soon as the evaluation opens, so its title reads as staff say it;
 * the programme loading sets the same labels again from the register's view of the year.
 */
public class FiscalYearLabels implements ExecutionListener {

	/**
	 * Without a year (a start that skipped its form's field, through the REST API) there is nothing to name: the form
	 * check, which runs after the process start, refuses such a start with HTTP 400 naming the field, where a failure
	 * here would be a 500.
	 */
	@Override
	public void notify(DelegateExecution execution) {
		int fiscalYear;
		try {
			fiscalYear = LoadEvaluationProgrammesWorker.fiscalYear(execution.getVariable(SelfEvaluation.FISCAL_YEAR));
		}
		catch (IllegalArgumentException noYear) {
			return;
		}
		execution.setVariable(SelfEvaluation.FISCAL_YEAR_LABEL, JapaneseFiscalYear.label(fiscalYear));
		execution.setVariable(SelfEvaluation.NEXT_FISCAL_YEAR_LABEL, JapaneseFiscalYear.label(fiscalYear + 1));
	}

}
