package jp.tsunagari.formation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * On start: the lead times of the due dates and the meeting cycle from configuration, so a formation running for
 * years keeps the settings it started with.
 */
@EngineNode
@Component
class StartFormationListener implements ExecutionListener {

	private final FormationProperties properties;

	StartFormationListener(FormationProperties properties) {
		this.properties = properties;
	}

	@Override
	public void notify(DelegateExecution execution) {
		execution.setVariables(properties.leadTimes().variables());
		execution.setVariable(PlatformFormation.MEETING_CYCLE, properties.meetingCycle());
	}

}
