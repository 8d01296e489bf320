package jp.tsunagari.symposium;

import java.util.List;
import java.util.Map;

import jp.tsunagari.system.EngineNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

/**
 * When the programme is completed (end of its task): the candidate lines become speakerInvitations. A line that
 * cannot be read refuses the completion as a form field is refused (HTTP 400 naming the field, the task stays open,
 * Tasklist shows the message). An execution listener, not a task listener: the engine wraps a task listener's
 * exception, which the REST API answers with 500.
 */
@EngineNode
@Component
class PrepareSpeakerInvitationsListener implements ExecutionListener {

	private static final String FIELD = "「登壇者候補（1行に1名）」(" + SymposiumPlanning.SPEAKER_CANDIDATES + ") ";

	@Override
	public void notify(DelegateExecution execution) {
		if (execution.isCanceled()) {
			// interrupted by an event or a modification: nobody completed the programme
			return;
		}
		List<Map<String, Object>> invitations;
		try {
			invitations = SpeakerLineup.invitations((String) execution.getVariable(SymposiumPlanning.SPEAKER_CANDIDATES));
		}
		catch (IllegalArgumentException unreadable) {
			String refusal = FIELD + unreadable.getMessage();
			throw new FormFieldValidationException(List.of(refusal), refusal);
		}
		execution.getProcessInstance().setVariable(SymposiumPlanning.SPEAKER_INVITATIONS, invitations);
	}

}
