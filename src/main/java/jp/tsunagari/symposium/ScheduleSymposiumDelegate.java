package jp.tsunagari.symposium;

import java.time.LocalDate;
import java.time.ZoneId;

import jp.tsunagari.system.EngineNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Component;

/** 期限の算出: due dates and the contracts to procure, from the plan (SymposiumSchedule). */
@EngineNode
@Component
class ScheduleSymposiumDelegate implements JavaDelegate {

	private final SymposiumProperties properties;

	ScheduleSymposiumDelegate(SymposiumProperties properties) {
		this.properties = properties;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LocalDate eventDate = LocalDate.parse((String) execution.getVariable(SymposiumPlanning.EVENT_DATE));
		SymposiumSchedule schedule = new SymposiumSchedule(eventDate, properties.leadTimes());
		execution.setVariables(schedule.dueDates());
		execution.setVariable(SymposiumPlanning.CONTRACTOR_PROCUREMENTS,
				schedule.contracts((String) execution.getVariable(SymposiumPlanning.EVENT_TITLE),
						(String) execution.getVariable(SymposiumPlanning.THEME),
						(Number) execution.getVariable(SymposiumPlanning.EVENT_CONTRACT_BUDGET_YEN),
						(Number) execution.getVariable(SymposiumPlanning.DECORATION_CONTRACT_BUDGET_YEN),
						// the engine's clock, not the wall clock: the same day as the instance's other dates
						LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault())));
	}

}
