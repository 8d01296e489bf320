package jp.tsunagari.survey;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * Demo data: a second support-organisation survey, planned and approved as staff would do it in Tasklist, so the
 * in-app worker sends its invitations at the first start and a newcomer can open a personal response page at once
 * (on /demo/mail, or /demo/survey) without running the whole survey first. Started once; a restart finds it.
 */
@Component
// one @Profile: Spring ORs the values of several (a meta-annotated @EngineNode would let it run everywhere)
@Profile("demo & !test & !" + EngineNode.WORKER_PROFILE)
class DemoOpenSurvey implements ApplicationRunner {

	static final String TITLE = "孤独・孤立対策に関する支援団体調査（デモ・回答受付中）";

	/** Long enough to try the response page during a demo; the reminders fall due before it. */
	static final int DAYS_TO_ANSWER = 60;

	private static final Logger log = LoggerFactory.getLogger(DemoOpenSurvey.class);

	private final SurveyWorkflow workflow;

	private final Surveys surveys;

	private final Recipients recipients;

	private final TaskService tasks;

	private final FormService forms;

	private final Clock clock = Clock.systemDefaultZone();

	DemoOpenSurvey(SurveyWorkflow workflow, Surveys surveys, Recipients recipients, TaskService tasks,
			FormService forms) {
		this.workflow = workflow;
		this.surveys = surveys;
		this.recipients = recipients;
		this.tasks = tasks;
		this.forms = forms;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException, InvalidRecipientFileException {
		if (surveys.anyTitled(TITLE)) {
			return;
		}
		String surveyId = DemoSurvey.startWithSampleRecipients(workflow, recipients, TITLE);
		complete(surveyId, SurveyRollout.TASK_DRAFT_PLAN, Map.of(SurveyRollout.SURVEY_TITLE, TITLE, "surveyPurpose",
				"支援団体の活動とニーズを把握し、プラットフォームへの参画につなげる", "targetPopulation", "市内の孤独・孤立対策関連団体",
				"surveyMethod", "mail-email-web", SurveyRollout.QUESTIONNAIRE_ID, "support-organisations",
				SurveyRollout.RESPONSE_DEADLINE, LocalDate.now(clock).plusDays(DAYS_TO_ANSWER).toString(),
				SurveyRollout.PRE_HEARING_PLANNED, false, SurveyRollout.SURVEY_EXECUTION, SurveyRollout.EXECUTION_DIRECT,
				SurveyRollout.INQUIRY_GROUPS, SpinValues.jsonValue("[\"disaster-reduction\"]").create()));
		complete(surveyId, SurveyRollout.TASK_IMPORT_RECIPIENTS, Map.of("recipientListReady", true));
		complete(surveyId, SurveyRollout.TASK_INTERNAL_INQUIRY, Map.of("organisationsAdded", false));
		complete(surveyId, SurveyRollout.TASK_APPROVE_SURVEY, Map.of(SurveyRollout.SURVEY_APPROVED, true));
		log.info("Demo: the survey {} is approved; its invitations go to the demo mail", surveyId);
	}

	private void complete(String surveyId, String taskKey, Map<String, Object> values) {
		Task task = tasks.createTaskQuery().processInstanceId(surveyId).taskDefinitionKey(taskKey).singleResult();
		forms.submitTaskForm(task.getId(), values);
	}

}
