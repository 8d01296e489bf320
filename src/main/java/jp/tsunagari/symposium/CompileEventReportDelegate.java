package jp.tsunagari.symposium;

import jp.tsunagari.system.EngineNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * 開催結果の集計: closes registration and the questionnaire, then computes the report from the stored records
 * (EventReportCalculator) into eventReport.
 */
@EngineNode
@Component
class CompileEventReportDelegate implements JavaDelegate {

	private final EventRegistrations events;

	private final QuestionnaireAnswers answers;

	CompileEventReportDelegate(EventRegistrations events, QuestionnaireAnswers answers) {
		this.events = events;
		this.answers = answers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String eventId = (String) execution.getVariable(SymposiumPlanning.EVENT_ID);
		events.closeRegistration(eventId);
		events.closeQuestionnaire(eventId);
		EventReport report = EventReportCalculator.report(events.registrations(eventId), answers.answers(eventId));
		execution.setVariable(SymposiumPlanning.EVENT_REPORT, report.asVariable());
	}

}
