package jp.tsunagari.symposium;

import jp.tsunagari.system.EngineNode;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * When the programme is completed: the candidate lines become speakerInvitations. A line that cannot be read
 * refuses the completion, and Tasklist shows the message naming it.
 */
@EngineNode
@Component
class PrepareSpeakerInvitationsListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		task.getExecution()
			.getProcessInstance()
			.setVariable(SymposiumPlanning.SPEAKER_INVITATIONS,
					SpeakerLineup.invitations((String) task.getVariable(SymposiumPlanning.SPEAKER_CANDIDATES)));
	}

}
