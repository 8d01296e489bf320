package jp.tsunagari.survey;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * Demo data: the demo history (analytics, {@code demo-history.yaml}) completes 宛先リストの取込 with
 * {@value #SAMPLE_VARIABLE} set, as staff complete it after importing a file; this imports the sample CSV's three
 * organisations then, so each simulated survey has recipients when it is approved, as a real one must. Demo profile
 * only, through Camunda's Spring event bridge; the variable is not kept.
 */
@Component
@Profile("demo & !" + EngineNode.WORKER_PROFILE)
class DemoHistoryRecipients {

	static final String SAMPLE_VARIABLE = "demoSampleRecipients";

	private final Recipients recipients;

	DemoHistoryRecipients(Recipients recipients) {
		this.recipients = recipients;
	}

	@EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "' and #task.taskDefinitionKey == '"
			+ SurveyRollout.TASK_IMPORT_RECIPIENTS + "'")
	public void importSample(DelegateTask task) throws InvalidRecipientFileException {
		if (!Boolean.TRUE.equals(task.getVariable(SAMPLE_VARIABLE))) {
			return;
		}
		task.getExecution().removeVariable(SAMPLE_VARIABLE);
		String surveyId = (String) task.getVariable(SurveyRollout.SURVEY_ID);
		if (recipients.count(surveyId) > 0) {
			return;
		}
		try {
			DemoSurvey.addSampleRecipients(recipients, surveyId);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

}
