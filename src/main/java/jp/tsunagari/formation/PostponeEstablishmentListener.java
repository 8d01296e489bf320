package jp.tsunagari.formation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/** 翌年度に延期: recruitment resumes at the start of the next fiscal year (recruitmentResumesOn, the timer's date). */
@EngineNode
@Component
class PostponeEstablishmentListener implements ExecutionListener {

	private final FormationProperties properties;

	PostponeEstablishmentListener(FormationProperties properties) {
		this.properties = properties;
	}

	@Override
	public void notify(DelegateExecution execution) {
		execution.setVariable(PlatformFormation.RECRUITMENT_RESUMES_ON, FiscalCalendar
			.timerDate(properties.calendar().nextFiscalYearStart(FiscalCalendar.engineToday())));
	}

}
