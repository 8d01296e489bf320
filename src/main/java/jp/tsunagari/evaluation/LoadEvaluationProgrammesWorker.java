package jp.tsunagari.evaluation;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * 評価対象事業の読込: reads the programme register for the fiscal year chosen in the start form and completes the
 * step with the sheets to write. A register that cannot be used (unknown section, missing column, no programme that
 * year) is not a passing fault, so the task fails with no retries: an incident in Cockpit names every mistake, and
 * after the file is fixed an operator retries it there.
 */
@Component
@ExternalTaskSubscription(topicName = SelfEvaluation.TOPIC_LOAD_PROGRAMMES,
		processDefinitionKey = SelfEvaluation.PROCESS_KEY, variableNames = SelfEvaluation.FISCAL_YEAR,
		lockDuration = 60_000)
class LoadEvaluationProgrammesWorker implements ExternalTaskHandler {

	private static final Logger log = LoggerFactory.getLogger(LoadEvaluationProgrammesWorker.class);

	private final EvaluationProperties properties;

	LoadEvaluationProgrammesWorker(EvaluationProperties properties) {
		this.properties = properties;
	}

	@Override
	public void execute(ExternalTask task, ExternalTaskService service) {
		SheetAssignments assignments;
		try {
			int fiscalYear = fiscalYear(task.getVariable(SelfEvaluation.FISCAL_YEAR));
			assignments = ProgrammeRegister.load(properties.programmesFile(), properties.sectionGroupsFile())
				.assignmentsFor(fiscalYear);
		}
		catch (InvalidRegisterException | IllegalArgumentException ex) {
			log.warn("Self-evaluation {}: cannot load the programmes: {}", task.getProcessInstanceId(), ex.getMessage());
			service.handleFailure(task, "評価対象事業を読み込めません", ex.getMessage(), 0, 0);
			return;
		}
		service.complete(task, assignments.variables());
	}

	/** The start form sends a number; a REST caller may send a string. */
	static int fiscalYear(Object value) {
		if (value instanceof Number number) {
			return number.intValue();
		}
		if (value instanceof String text && text.strip().matches("\\d{4}")) {
			return Integer.parseInt(text.strip());
		}
		throw new IllegalArgumentException("The fiscal year (" + SelfEvaluation.FISCAL_YEAR + ") is missing or not a"
				+ " year: " + value);
	}

}
