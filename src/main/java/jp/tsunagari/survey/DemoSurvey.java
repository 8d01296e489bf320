package jp.tsunagari.survey;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * Demo data: a support-organisation survey waits for its plan in the lead department's Tasklist (sato), with the
 * three organisations of the sample CSV already on its recipient list. Started once; a restart finds it. Not in
 * the whole-application tests (profile test), which start their own surveys.
 */
@Component
// one @Profile: Spring ORs the values of several (a meta-annotated @EngineNode would let it run everywhere)
@Profile("demo & !test & !" + EngineNode.WORKER_PROFILE)
class DemoSurvey implements ApplicationRunner {

	static final String TITLE = "孤独・孤立対策に関する支援団体調査（デモ）";

	static final String SAMPLE = "static/survey/recipients-sample.csv";

	private static final Logger log = LoggerFactory.getLogger(DemoSurvey.class);

	private final SurveyWorkflow workflow;

	private final Surveys surveys;

	private final Recipients recipients;

	DemoSurvey(SurveyWorkflow workflow, Surveys surveys, Recipients recipients) {
		this.workflow = workflow;
		this.surveys = surveys;
		this.recipients = recipients;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException, InvalidRecipientFileException {
		// its own title: the demo history's surveys (analytics) may have been seeded before
		if (surveys.anyTitled(TITLE)) {
			return;
		}
		String surveyId = startWithSampleRecipients(workflow, recipients, TITLE);
		log.info("Demo: the survey {} waits for its plan", surveyId);
	}

	/** Starts a survey whose recipient list holds the three organisations of the sample CSV; returns its id. */
	static String startWithSampleRecipients(SurveyWorkflow workflow, Recipients recipients, String title)
			throws IOException, InvalidRecipientFileException {
		String surveyId = workflow.start(title);
		addSampleRecipients(recipients, surveyId);
		return surveyId;
	}

	/** Adds the three organisations of the sample CSV to the survey's recipient list. */
	static void addSampleRecipients(Recipients recipients, String surveyId)
			throws IOException, InvalidRecipientFileException {
		byte[] sample = new ClassPathResource(SAMPLE).getContentAsByteArray();
		recipients.add(surveyId, RecipientFile.read(sample, RecipientColumns.defaults()), "demo");
	}

}
