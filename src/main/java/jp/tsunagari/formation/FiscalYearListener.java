package jp.tsunagari.formation;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import org.springframework.stereotype.Component;

import jp.tsunagari.evaluation.JapaneseFiscalYear;
import jp.tsunagari.system.EngineNode;

/**
 * Entering the self-running phase and at every next fiscal year: the next year-end review (yearReviewOn) and the
 * fiscal year it closes (fiscalYear, fiscalYearLabel 令和6年度 for the forms).
 */
@EngineNode
@Component
class FiscalYearListener implements ExecutionListener {

	private final FormationProperties properties;

	FiscalYearListener(FormationProperties properties) {
		this.properties = properties;
	}

	@Override
	public void notify(DelegateExecution execution) {
		FiscalCalendar calendar = properties.calendar();
		LocalDate review = calendar.nextYearReview(FiscalCalendar.engineToday());
		int fiscalYear = calendar.fiscalYearOf(review);
		execution.setVariable(PlatformFormation.YEAR_REVIEW_ON, FiscalCalendar.timerDate(review));
		execution.setVariable(PlatformFormation.FISCAL_YEAR, fiscalYear);
		execution.setVariable(PlatformFormation.FISCAL_YEAR_LABEL, JapaneseFiscalYear.label(fiscalYear));
	}

}
