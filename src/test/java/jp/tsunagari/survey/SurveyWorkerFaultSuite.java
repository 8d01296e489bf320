package jp.tsunagari.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import jp.tsunagari.TsunagariApplication;
import jp.tsunagari.system.EmbeddedPostgresServer;

/**
 * Worker faults (issue #19), not part of {@code mvn verify}: {@code mvn -B -ntp verify -Pfaults} (needs the jar the
 * package phase builds). An engine node (this JVM, PostgreSQL) and worker nodes as separate {@code java -jar}
 * processes with profile {@code worker}, sending through a mail server in this JVM:
 * <ol>
 * <li>of two worker nodes, the one holding a survey's invitation task is killed (SIGKILL) half-way through; the other
 * takes the task once the lock expires and sends the rest: every recipient gets the invitation once;</li>
 * <li>the mail server is down: the worker retries, then raises an incident naming the cause; after the server is
 * back, retrying the incident (as Cockpit does) sends each invitation once.</li>
 * </ol>
 * Figures go to target/reliability/worker-faults.md.
 */
class SurveyWorkerFaultSuite {

	private static final int RECIPIENTS = Integer.getInteger("faults.worker.recipients", 600);

	private static final String WORKER_PASSWORD = "Gaibu-Task-2026!";

	private static final String LINK_SECRET = "worker-fault-suite-link-secret-0123456789";

	private final EmbeddedPostgresServer.Database postgres = EmbeddedPostgresServer.newDatabase();

	private final int mailPort = TestMailServer.freePort();

	private GreenMail mail = startMail();

	private final List<Process> workers = new ArrayList<>();

	private final List<String> report = new ArrayList<>();

	@AfterEach
	void stop() {
		workers.forEach(Process::destroyForcibly);
		mail.stop();
	}

	@Test
	void aKilledWorkersTaskIsDoneOnceAndAMailOutageEndsInAnIncidentThatARetrySendsOnce() throws Exception {
		try (ConfigurableApplicationContext engineNode = engineNode()) {
			ProcessEngine engine = engineNode.getBean(ProcessEngine.class);
			int port = ((WebServerApplicationContext) engineNode).getWebServer().getPort();
			// a job locked by a dead node is free again after a minute, not Camunda's default five
			assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor()
				.getLockTimeInMillis()).isEqualTo(60_000);

			// 1. a worker killed while it holds the lock
			String first = survey(engineNode, "ワーカー障害の調査", RECIPIENTS);
			// two worker nodes poll; the one that holds the task's lock is killed, the other must take over
			Map<String, Process> nodes = Map.of("one-worker", worker(port, "one"), "two-worker", worker(port, "two"));
			// a worker node starts in seconds on a quiet machine, in minutes on a loaded one
			await(Duration.ofMinutes(15), () -> mail.getReceivedMessages().length >= RECIPIENTS / 5);
			String holder = engine.getExternalTaskService().createExternalTaskQuery().processInstanceId(first).locked()
				.singleResult().getWorkerId();
			nodes.get(holder).destroyForcibly().waitFor();
			Instant killedAt = Instant.now();
			Thread.sleep(1_000);
			int sentBeforeKill = mail.getReceivedMessages().length;
			assertThat(engine.getExternalTaskService().createExternalTaskQuery().processInstanceId(first).locked()
				.count()).as("the dead worker's lock is still held").isEqualTo(1);
			await(Duration.ofMinutes(5), () -> engine.getRuntimeService().getVariable(first, SurveyRollout.EMAIL_COUNT) != null);
			Duration recovery = Duration.between(killedAt, Instant.now());
			Map<String, Long> perAddress = perAddress();
			long duplicates = perAddress.values().stream().filter(count -> count > 1).count();
			report.add(String.format("- worker killed (SIGKILL) after %d of %d invitations, holding the lock: the second "
					+ "worker finished the task %d s after the kill (lock %d s); %d addresses got the invitation, %d of "
					+ "them twice; emailCount %s", sentBeforeKill, RECIPIENTS, recovery.toSeconds(),
					LockHeartbeat.LOCK_MILLIS / 1000, perAddress.size(), duplicates,
					engine.getRuntimeService().getVariable(first, SurveyRollout.EMAIL_COUNT)));
			assertThat(perAddress).hasSize(RECIPIENTS);
			assertThat(duplicates).as("only a mail in flight at the kill can go twice").isLessThanOrEqualTo(1);
			assertThat(engine.getRuntimeService().getVariable(first, SurveyRollout.EMAIL_COUNT)).isEqualTo(RECIPIENTS);
			assertThat(recovery).isLessThan(Duration.ofSeconds(LockHeartbeat.LOCK_MILLIS / 1000 + 60));

			// 2. the mail server down: retries, an incident naming the cause, a retry after the repair sends once
			mail.stop();
			Instant down = Instant.now();
			String second = survey(engineNode, "メール障害の調査", 5);
			await(Duration.ofMinutes(3),
					() -> engine.getRuntimeService().createIncidentQuery().processInstanceId(second).count() == 1);
			Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(second).singleResult();
			report.add(String.format("- mail server down: incident after %d s (retries %s, backoff %s); its message: %s",
					Duration.between(down, Instant.now()).toSeconds(), "2", "PT2S", incident.getIncidentMessage()));
			assertThat(incident.getIncidentMessage()).startsWith("調査依頼を送付できません").containsIgnoringCase("connect");
			mail = startMail();
			engine.getExternalTaskService().setRetries(incident.getConfiguration(), 1);
			await(Duration.ofMinutes(2), () -> engine.getRuntimeService().getVariable(second, SurveyRollout.EMAIL_COUNT) != null);
			Map<String, Long> afterRepair = perAddress();
			report.add(String.format("- after the repair, retrying the incident sent %d mails to %d addresses; incidents "
					+ "left %d", mail.getReceivedMessages().length, afterRepair.size(),
					engine.getRuntimeService().createIncidentQuery().processInstanceId(second).count()));
			assertThat(afterRepair).hasSize(5).allSatisfy((address, count) -> assertThat(count).isEqualTo(1));
			assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(second).count()).isZero();
		}
		finally {
			Path out = Path.of("target", "reliability", "worker-faults.md");
			Files.createDirectories(out.getParent());
			Files.writeString(out, String.join("\n", report) + "\n");
			System.out.println(String.join("\n", report));
		}
	}

	/** A survey waiting for its invitations, every recipient with an e-mail address; returns its instance id. */
	private static String survey(ConfigurableApplicationContext node, String title, int recipients) {
		Surveys surveys = node.getBean(Surveys.class);
		String surveyId = java.util.UUID.randomUUID().toString();
		surveys.create(surveyId, title, "support-organisations");
		node.getBean(Recipients.class).add(surveyId, IntStream.range(0, recipients)
			.mapToObj(i -> new NewRecipient(title + "の団体" + i, "", "org" + i + "-" + surveyId.substring(0, 8) + "@example.jp",
					"", ""))
			.toList(), "test");
		surveys.open(surveyId, LocalDateTime.now().plusDays(30));
		return node.getBean(ProcessEngine.class).getRuntimeService()
			.createProcessInstanceByKey(SurveyRollout.PROCESS_KEY)
			.startBeforeActivity(SurveyRollout.TASK_SEND_INVITATIONS)
			.setVariables(Variables.createVariables().putValue(SurveyRollout.SURVEY_ID, surveyId)
				.putValue(SurveyRollout.SURVEY_TITLE, title)
				.putValue(SurveyRollout.RESPONSE_DEADLINE, LocalDate.now().plusDays(30).toString())
				.putValue(SurveyRollout.REMINDER_CYCLE, "R1/" + LocalDate.now().plusDays(20) + "T09:00:00/P7D")
				.putValue(SurveyRollout.RESPONSE_COUNT, 0))
			.execute()
			.getId();
	}

	private Map<String, Long> perAddress() {
		return Arrays.stream(mail.getReceivedMessages()).map(SurveyWorkerFaultSuite::recipient)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	private static String recipient(MimeMessage message) {
		try {
			Address[] to = message.getAllRecipients();
			return to[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private GreenMail startMail() {
		GreenMail server = new GreenMail(new ServerSetup(mailPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

	/** A worker node: the application's jar with profile worker, a separate JVM that can be killed. */
	private Process worker(int enginePort, String name) throws IOException {
		File jar = new File("target/tsunagari-0.1.0-SNAPSHOT.jar");
		assertThat(jar).as("the jar of the package phase").exists();
		Process process = new ProcessBuilder("java", "-Xmx384m", "-jar", jar.getPath(), "--spring.profiles.active=worker",
				"--server.port=0", "--TSUNAGARI_ENGINE_REST_URL=http://localhost:" + enginePort + "/engine-rest",
				"--tsunagari.worker.username=worker", "--tsunagari.worker.password=" + WORKER_PASSWORD,
				"--tsunagari.survey.datasource.url=" + postgres.jdbcUrl(),
				"--tsunagari.survey.datasource.username=" + EmbeddedPostgresServer.USER,
				"--tsunagari.survey.datasource.password=postgres", "--tsunagari.survey.link-secret=" + LINK_SECRET,
				"--tsunagari.survey.retries=2", "--tsunagari.survey.retry-backoff=PT2S", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + mailPort, "--HOSTNAME=" + name)
			.redirectErrorStream(true)
			.redirectOutput(new File("target/reliability/worker-" + name + ".log"))
			.start();
		workers.add(process);
		return process;
	}

	private ConfigurableApplicationContext engineNode() throws IOException {
		Files.createDirectories(Path.of("target", "reliability"));
		return new SpringApplicationBuilder(TsunagariApplication.class).profiles("postgres")
			.run("--server.port=0", "--spring.datasource.url=" + postgres.jdbcUrl(),
					"--spring.datasource.username=" + EmbeddedPostgresServer.USER, "--spring.datasource.password=postgres",
					"--tsunagari.admin.username=admin", "--tsunagari.admin.password=Kanri-Pass-2026!",
					"--tsunagari.worker.username=worker", "--tsunagari.worker.password=" + WORKER_PASSWORD,
					"--tsunagari.survey.link-secret=" + LINK_SECRET, "--camunda.bpm.client.disable-auto-fetching=true");
	}

	private static void await(Duration limit, BooleanSupplier done) throws InterruptedException {
		Instant deadline = Instant.now().plus(limit);
		while (!done.getAsBoolean()) {
			assertThat(Instant.now()).as("within %s", limit).isBefore(deadline);
			Thread.sleep(250);
		}
	}

}
