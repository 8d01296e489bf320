package jp.tsunagari.procurement;

import jp.tsunagari.system.EngineNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import org.springframework.stereotype.Component;

/**
 * At the start of every trial project: the municipality type is configuration, never a caller's choice, so it is
 * always set from {@link ProcurementProperties}; the progress-meeting cycle is the configured default unless the
 * calling process passed its own (a symposium close to its date may want a shorter one).
 */
@EngineNode
@Component
class ProcurementSettingsListener implements ExecutionListener {

	private final ProcurementProperties properties;

	ProcurementSettingsListener(ProcurementProperties properties) {
		this.properties = properties;
	}

	@Override
	public void notify(DelegateExecution execution) {
		execution.setVariable(TrialProjectProcurement.MUNICIPALITY_TYPE, properties.municipalityType().value());
		if (execution.getVariable(TrialProjectProcurement.PROGRESS_MEETING_CYCLE) == null) {
			execution.setVariable(TrialProjectProcurement.PROGRESS_MEETING_CYCLE, properties.progressMeetingCycle());
		}
	}

}
