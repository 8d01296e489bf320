package jp.tsunagari.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

import org.springframework.context.ApplicationContext;

/**
 * Surveys in the states their pages show, for whole-application tests outside this package (the browser's
 * accessibility check). The survey runs its real process: the engine's tasks are completed as the departments
 * would, and the application's own invitation worker sends through the REST API as in {@code SurveyRolloutIT}.
 * Recipients get printed letters only, so no mail server is needed and their links are on the letters page.
 */
public final class SurveyPagesFixture {

	private final ProcessEngine engine;

	private final Recipients recipients;

	private final SendSurveyInvitationsWorker invitations;

	private final int port;

	public SurveyPagesFixture(ApplicationContext application, int port) {
		this.engine = application.getBean(ProcessEngine.class);
		this.recipients = application.getBean(Recipients.class);
		this.invitations = application.getBean(SendSurveyInvitationsWorker.class);
		this.port = port;
	}

	/** A survey whose plan is being drafted: its recipient page still takes files and single additions. */
	public String planned(String title) {
		return engine.getFormService()
			.submitStartForm(definitionId(), Variables.createVariables().putValue(SurveyRollout.SURVEY_TITLE, title))
			.getId();
	}

	/** A survey open for answers for thirty days, each organisation with a printed letter carrying its link. */
	public String openForAnswers(String title, List<String> organisations) throws InterruptedException {
		String id = planned(title);
		complete(id, SurveyRollout.TASK_DRAFT_PLAN, Map.of(SurveyRollout.SURVEY_TITLE, title,
				"surveyPurpose", "支援団体の活動とニーズを把握する", "targetPopulation", "市内の支援団体",
				"surveyMethod", "mail-email-web", SurveyRollout.QUESTIONNAIRE_ID, "support-organisations",
				SurveyRollout.RESPONSE_DEADLINE, LocalDate.now().plusDays(30).toString(),
				SurveyRollout.PRE_HEARING_PLANNED, false, SurveyRollout.SURVEY_EXECUTION, SurveyRollout.EXECUTION_DIRECT,
				SurveyRollout.INQUIRY_GROUPS, SpinValues.jsonValue("[\"disaster-reduction\"]").create()));
		recipients.add(id, organisations.stream()
			.map(name -> new NewRecipient(name, "ご担当者", null, "仙台市青葉区国分町3-7-1", "NPO法人"))
			.toList(), "sato");
		complete(id, SurveyRollout.TASK_IMPORT_RECIPIENTS, Map.of("recipientListReady", true));
		complete(id, SurveyRollout.TASK_INTERNAL_INQUIRY, Map.of("organisationsAdded", false));
		complete(id, SurveyRollout.TASK_APPROVE_SURVEY, Map.of(SurveyRollout.SURVEY_APPROVED, true));
		SurveyWorkerClient.runUntil(port, SurveyRollout.TOPIC_SEND_INVITATIONS, new String[] { SurveyRollout.SURVEY_ID },
				invitations, () -> engine.getRuntimeService().getVariable(id, SurveyRollout.LETTER_COUNT) != null);
		return id;
	}

	/** The deadline passes: the window closes and the answers are tabulated; late answers get the closed page. */
	public void closeAnswers(String surveyId) {
		for (String activity : List.of(SurveyRollout.EVENT_RESPONSE_DEADLINE, SurveyRollout.TASK_TABULATE_RESPONSES)) {
			engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
				.processInstanceId(surveyId).activityId(activity).singleResult().getId());
		}
	}

	/** The answers closed, the analyst publishes the results: the survey's instance ends, its history stays. */
	public void finish(String surveyId) {
		closeAnswers(surveyId);
		complete(surveyId, SurveyRollout.TASK_REVIEW_RESULTS,
				Map.of("publicationDate", LocalDate.now().toString(), "resultsComment", "報告会で公表"));
	}

	private void complete(String surveyId, String activityId, Map<String, Object> values) {
		String task = engine.getTaskService().createTaskQuery().processInstanceId(surveyId)
			.taskDefinitionKey(activityId).singleResult().getId();
		engine.getFormService().submitTaskForm(task, values);
	}

	private String definitionId() {
		return engine.getRepositoryService().createProcessDefinitionQuery()
			.processDefinitionKey(SurveyRollout.PROCESS_KEY).latestVersion().singleResult().getId();
	}

}
