package jp.tsunagari.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Not a test: a rerunnable measurement (mvn -Pbenchmark verify -Dit.test=SurveyDispatchBenchmark). It dispatches
 * 10,000 invitations through {@link SurveyDispatch} (token, idempotency record, mail) and, in the same run, a bare
 * loop sends the same 10,000 mails to the same catcher (GreenMail in this JVM); then it stores and correlates
 * 3,000 responses into a survey-rollout instance (engine on H2, count jobs executed) against storing the same
 * responses without the engine. Results as ratios go to target/benchmarks/survey-dispatch.md (copied into
 * docs/benchmarks.md by hand). Sizes can be lowered with -Dsurvey.benchmark.recipients / .responses.
 */
class SurveyDispatchBenchmark {

	private static final int RECIPIENTS = Integer.getInteger("survey.benchmark.recipients", 10_000);

	private static final int RESPONSES = Integer.getInteger("survey.benchmark.responses", 3_000);

	@RegisterExtension
	static GreenMailExtension catcher = TestMailServer.onFreePort();

	@Test
	void dispatchAndCorrelation() throws Exception {
		SurveyStoreFixture store = new SurveyStoreFixture(Clock.systemDefaultZone());
		JavaMailSenderImpl sender = TestMailServer.senderTo(catcher);
		store.surveys.create("bench", "ベンチマーク調査", "support-organisations");
		List<NewRecipient> list = new ArrayList<>();
		for (int i = 0; i < RECIPIENTS; i++) {
			list.add(new NewRecipient("団体" + i, "担当" + i, "org" + i + "@example.jp", "", "NPO法人"));
		}
		store.recipients.add("bench", list, "benchmark");
		store.surveys.open("bench", LocalDateTime.now().plusDays(30));

		long bare = time(() -> bareLoop(sender, store.surveys.find("bench").orElseThrow()));
		catcher.purgeEmailFromAllMailboxes();
		long dispatch = time(() -> assertThat(store.dispatch(sender).sendInvitations("bench").emails()).isEqualTo(RECIPIENTS));
		assertThat(catcher.getReceivedMessages()).hasSize(RECIPIENTS);

		// the responses go to a survey of their own: 3,000 recipients answer with the engine, 3,000 without
		store.surveys.create("answers", "ベンチマーク調査（回答）", "support-organisations");
		List<NewRecipient> respondents = new ArrayList<>();
		for (int i = 0; i < 2 * RESPONSES; i++) {
			respondents.add(new NewRecipient("回答団体" + i, "", "answer" + i + "@example.jp", "", ""));
		}
		store.recipients.add("answers", respondents, "benchmark");
		List<String> all = store.recipients.list("answers").stream().map(Recipient::id).toList();
		List<String> ids = all.subList(0, RESPONSES);
		long storeOnly = time(() -> all.subList(RESPONSES, 2 * RESPONSES)
			.forEach(id -> assertThat(store.responses.save(id, answers())).isTrue()));
		ProcessEngine engine = engine(store);
		String instance = engine.getRuntimeService().createProcessInstanceByKey(SurveyRollout.PROCESS_KEY)
			.startBeforeActivity("SubProcess_ResponseWindow")
			.setVariables(Variables.createVariables().putValue(SurveyRollout.SURVEY_ID, "answers")
				.putValue(SurveyRollout.RESPONSE_DEADLINE, LocalDate.now().plusDays(30).toString())
				.putValue(SurveyRollout.REMINDER_CYCLE, "R1/" + LocalDate.now().plusDays(20) + "T09:00:00/P7D")
				.putValue(SurveyRollout.RESPONSE_COUNT, 0))
			.execute().getId();
		long correlated = time(() -> {
			for (String id : ids) {
				store.responses.save(id, answers());
				engine.getRuntimeService().createMessageCorrelation(SurveyRollout.MESSAGE_RESPONSE_RECEIVED)
					.processInstanceId(instance).correlate();
				// as the job executor would, soon after: the count of this response
				for (Job job : engine.getManagementService().createJobQuery().activityId("Task_CountResponse").list()) {
					engine.getManagementService().executeJob(job.getId());
				}
			}
		});
		// the count is of the whole survey: the responses stored without the engine count too
		assertThat(engine.getRuntimeService().getVariable(instance, SurveyRollout.RESPONSE_COUNT)).isEqualTo(2 * RESPONSES);
		engine.close();
		report(bare, dispatch, storeOnly, correlated);
	}

	private static void bareLoop(JavaMailSenderImpl sender, Survey survey) {
		for (int i = 0; i < RECIPIENTS; i++) {
			try {
				MimeMessage message = sender.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
				helper.setFrom("survey@example.jp");
				helper.setTo("org" + i + "@example.jp");
				helper.setSubject("【調査ご協力のお願い】" + survey.title());
				helper.setText("団体" + i + "\n担当" + i + " 様\n\nhttps://tsunagari.example.jp/public/survey/"
						+ "x".repeat(43) + "\n");
				sender.send(message);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	private static Map<String, List<String>> answers() {
		return Map.of("q1", List.of("NPO法人"), "q9", List.of("心の健康", "高齢者"), "q15", List.of("interested"),
				"q17", List.of("自由記述の回答です。"));
	}

	private static ProcessEngine engine(SurveyStoreFixture store) {
		StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
		configuration.setProcessEngineName("survey-benchmark");
		configuration.setJdbcUrl("jdbc:h2:mem:survey-benchmark;DB_CLOSE_DELAY=-1");
		configuration.setHistory("full");
		configuration.setJobExecutorActivate(false);
		configuration.setDefaultSerializationFormat("application/json");
		configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
		configuration.setBeans(Map.of("countResponseDelegate", new CountResponseDelegate(store.surveys, store.recipients)));
		ProcessEngine engine = configuration.buildProcessEngine();
		engine.getRepositoryService().createDeployment().addClasspathResource("processes/survey-rollout.bpmn").deploy();
		return engine;
	}

	private static long time(Runnable work) {
		long start = System.nanoTime();
		work.run();
		return System.nanoTime() - start;
	}

	private static void report(long bare, long dispatch, long storeOnly, long correlated) throws IOException {
		String table = String.format("""
				| step | count | time (s) | per second | ratio |
				|---|---:|---:|---:|---:|
				| bare loop: the same mails, JavaMailSender → catcher | %d | %.1f | %.0f | 1.00 |
				| SurveyDispatch.sendInvitations (token, delivery record, mail) | %d | %.1f | %.0f | %.2f |
				| store responses only (no engine) | %d | %.1f | %.0f | 1.00 |
				| store + correlate + count job (survey-rollout instance) | %d | %.1f | %.0f | %.2f |
				""", RECIPIENTS, bare / 1e9, RECIPIENTS / (bare / 1e9), RECIPIENTS, dispatch / 1e9,
				RECIPIENTS / (dispatch / 1e9), (double) dispatch / bare, RESPONSES, storeOnly / 1e9,
				RESPONSES / (storeOnly / 1e9), RESPONSES, correlated / 1e9, RESPONSES / (correlated / 1e9),
				(double) correlated / storeOnly);
		Path out = Path.of("target", "benchmarks", "survey-dispatch.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table);
		System.out.println(table);
	}

}
