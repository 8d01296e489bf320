package jp.tsunagari.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import javax.sql.DataSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.tsunagari.system.EngineNode;
import jp.tsunagari.system.FeatureTables;

/**
 * A worker node given the survey database: no engine, but the survey workers, which read the recipients there and
 * send through the node's mail server.
 */
@SpringBootTest(properties = { "tsunagari.worker.username=worker", "tsunagari.worker.password=worker",
		"camunda.bpm.client.disable-auto-fetching=true",
		"tsunagari.survey.datasource.url=jdbc:h2:mem:survey-worker-node;DB_CLOSE_DELAY=-1;MODE=LEGACY",
		"tsunagari.survey.datasource.username=sa",
		"tsunagari.survey.link-secret=worker-node-link-secret-0123456789abcdef" })
@ActiveProfiles(EngineNode.WORKER_PROFILE)
class SurveyWorkerNodeIT {

	private static final int MAIL_PORT = TestMailServer.freePort();

	@RegisterExtension
	static GreenMailExtension greenMail = TestMailServer.on(MAIL_PORT);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MAIL_PORT);
	}

	@Autowired
	private ApplicationContext context;

	@Autowired
	private DataSource surveyDataSource;

	@Autowired
	private SurveyDispatch dispatch;

	@Autowired
	private Surveys surveys;

	@Autowired
	private Recipients recipients;

	@Test
	void runsTheSurveyWorkersOnTheSurveyDatabaseWithoutAnEngine() throws Exception {
		assertThat(context.getBeanNamesForType(ProcessEngine.class)).isEmpty();
		assertThat(context.getBean(SendSurveyInvitationsWorker.class)).isNotNull();
		assertThat(context.getBean(SendSurveyRemindersWorker.class)).isNotNull();

		// the engine node creates the tables; here the test does
		FeatureTables.initializer(surveyDataSource, "classpath:survey/schema.sql").initializeDatabase();
		surveys.create("s1", "支援団体調査", "support-organisations");
		recipients.add("s1", List.of(new NewRecipient("NPO法人つながり", "", "info@npo.example.jp", "", "")), "sato");
		surveys.open("s1", LocalDateTime.now().plusDays(10));
		assertThat(dispatch.sendInvitations("s1")).isEqualTo(new SurveyDispatch.Result(1, 0));
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
	}

}
