package jp.tsunagari.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.tsunagari.calendar.WorkingDays;
import jp.tsunagari.system.EmbeddedPostgresServer;

/**
 * Not a test: a rerunnable harness ({@code mvn -Pbenchmark verify -Dit.test=TaskDigestBenchmark}, sizes with
 * {@code -Ddigest.benchmark.staff=5000 -Ddigest.benchmark.tasks=20000}). The production configuration (profile
 * {@code postgres}) on an embedded PostgreSQL 16 with the engine's identity holding the staff (one department group of
 * 50 each, one supervisor per department) and the open tasks, one through the engine and the rest copies of its rows
 * offered to the departments in turn, created over the last months (one every 7 minutes), one in 101 late and the rest
 * due in 10 to 70 days ({@code -Ddigest.benchmark.first-due-day=1}: 1 to 61, with reminders). It times one notification run at the digest time (digests, reminders, escalations) and a repeat
 * (nothing left to send), and counts the SQL statements each prepares on the application's data source. Mails go to a
 * sender that only counts them. Writes target/benchmarks/task-digest.md.
 */
@DirtiesContext
@SpringBootTest
@ActiveProfiles("postgres")
@Import(TestClock.class)
class TaskDigestBenchmark {

	private static final int STAFF = Integer.getInteger("digest.benchmark.staff", 5_000);

	private static final int TASKS = Integer.getInteger("digest.benchmark.tasks", 20_000);

	private static final int DEPARTMENTS = 50;

	/**
	 * Days from the digest day to the earliest due date of a task on time: 10 (default) leaves reminders out, so the
	 * statements counted are the digests' and escalations'; 1 puts a twentieth of the tasks within the reminder horizon.
	 */
	private static final int FIRST_DUE_DAY = Integer.getInteger("digest.benchmark.first-due-day", 10);

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private static final EmbeddedPostgresServer.Database POSTGRES = EmbeddedPostgresServer.newDatabase();

	private static final TestClock.SettableClock CLOCK = TestClock.CLOCK;

	private static final AtomicLong STATEMENTS = new AtomicLong();

	private static final AtomicLong MAILS = new AtomicLong();

	@DynamicPropertySource
	static void production(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", POSTGRES::jdbcUrl);
		registry.add("spring.datasource.username", () -> EmbeddedPostgresServer.USER);
		registry.add("spring.datasource.password", () -> "postgres");
		registry.add("tsunagari.admin.username", () -> "admin");
		registry.add("tsunagari.admin.password", () -> "Kanri-Pass-2026!");
		registry.add("tsunagari.worker.username", () -> "worker");
		registry.add("tsunagari.worker.password", () -> "Gaibu-Task-2026!");
		registry.add("camunda.bpm.job-execution.enabled", () -> false);
		registry.add("tsunagari.directory.file", () -> "classpath:directory/small-town-production.yaml");
		registry.add("camunda.bpm.client.disable-auto-fetching", () -> true);
	}

	@TestConfiguration
	static class Measured {

		/** A sender that only counts: the run is measured, not the mail server. */
		@Bean
		@Primary
		JavaMailSender countingMailSender() {
			return new JavaMailSenderImpl() {
				@Override
				protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
					MAILS.addAndGet(mimeMessages.length);
				}
			};
		}

		/** Every statement prepared on the application's data source (the engine's and ours) is counted. */
		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource dataSource && "dataSource".equals(name)
							? new CountingDataSource(dataSource) : bean;
				}
			};
		}

	}

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private TaskNotifications notifications;

	@Autowired
	private WorkingDays workingDays;

	@Autowired
	private JdbcTemplate jdbc;

	private final List<String> report = new ArrayList<>();

	@Test
	void oneDigestRunForTheWholeCity() {
		LocalDateTime digestTime = TaskMailbox.nextDigestDay(workingDays, LocalDateTime.now(TOKYO)).atTime(8, 31);
		long loadStart = System.nanoTime();
		loadStaff();
		loadTasks(digestTime.withMinute(30));
		jdbc.execute("ANALYZE");
		add("Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs (shared), "
				+ jdbc.queryForObject("SELECT version()", String.class) + "; load average at start " + loadAverage());
		add("Staff: " + count("ACT_ID_USER") + " users in " + DEPARTMENTS + " departments (" + count("ACT_ID_MEMBERSHIP")
				+ " memberships); open tasks: " + count("ACT_RU_TASK") + "; loaded in "
				+ (System.nanoTime() - loadStart) / 1_000_000_000 + " s");
		add("");
		add("| run at " + digestTime + " | time | SQL statements | mails | digests | reminders | escalations |"
				+ " escalated tasks | statements per digest |");
		add("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
		CLOCK.set(digestTime);
		TaskNotifications.Result first = measure("first run (digest time)");
		assertThat(first.digests()).isGreaterThanOrEqualTo(STAFF);
		TaskNotifications.Result repeat = measure("repeated run (nothing new)");
		assertThat(repeat.digests() + repeat.reminders() + repeat.escalations()).isZero();
		write();
	}

	private TaskNotifications.Result measure(String label) {
		STATEMENTS.set(0);
		MAILS.set(0);
		long start = System.nanoTime();
		TaskNotifications.Result result = notifications.run();
		double seconds = (System.nanoTime() - start) / 1e9;
		long statements = STATEMENTS.get();
		add("| %s | %.1f s | %d | %d | %d | %d | %d | %d | %s |".formatted(label, seconds, statements, MAILS.get(),
				result.digests(), result.reminders(), result.escalations(), result.escalatedTasks(),
				result.digests() == 0 ? "–" : "%.3f".formatted((double) statements / result.digests())));
		return result;
	}

	/** Staff {@code staff-1…}, each in one department {@code dept-01…}; the first of each department its supervisor. */
	private void loadStaff() {
		jdbc.update("INSERT INTO ACT_ID_GROUP (ID_, REV_, NAME_, TYPE_) SELECT 'dept-' || lpad(s::text, 2, '0'), 1,"
				+ " '部署' || s, 'WORKFLOW' FROM generate_series(1, ?) s", DEPARTMENTS);
		jdbc.update("INSERT INTO ACT_ID_GROUP (ID_, REV_, NAME_, TYPE_) VALUES ('supervisors', 1, '所属長', 'WORKFLOW')");
		jdbc.update("INSERT INTO ACT_ID_USER (ID_, REV_, FIRST_, LAST_, EMAIL_) SELECT 'staff-' || s, 1, '職員', s::text,"
				+ " 'staff-' || s || '@city.example.jp' FROM generate_series(1, ?) s", STAFF);
		jdbc.update("INSERT INTO ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_) SELECT 'staff-' || s, " + department("s")
				+ " FROM generate_series(1, ?) s", STAFF);
		jdbc.update("INSERT INTO ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_) SELECT 'staff-' || s, 'supervisors'"
				+ " FROM generate_series(1, ?) s", DEPARTMENTS);
	}

	/**
	 * One survey task through the engine, then copies of its task, candidate-group link and task variables with
	 * fresh ids on the same execution, each offered to a department in turn (rows the engine writes, without 20,000
	 * engine calls).
	 */
	private void loadTasks(LocalDateTime windowEnd) {
		String definition = engine.getRepositoryService().createProcessDefinitionQuery()
			.processDefinitionKey("survey-rollout").latestVersion().singleResult().getId();
		String instance = engine.getFormService()
			.submitStartForm(definition, Variables.createVariables().putValue("surveyTitle", "令和8年度 調査（ベンチマーク）"))
			.getId();
		String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
		String end = "TIMESTAMP '" + Timestamp.valueOf(windowEnd) + "'";
		copy("ACT_RU_TASK", "ID_", task, Map.of("ID_", "'bt-' || s", "CREATE_TIME_", end + " - s * INTERVAL '7 minutes'",
				"DUE_DATE_", "CASE WHEN s % 101 = 0 THEN " + end + " - INTERVAL '1 day' ELSE " + end
						+ " + (s % 60 + " + FIRST_DUE_DAY + ") * INTERVAL '1 day' END"));
		copy("ACT_RU_IDENTITYLINK", "TASK_ID_", task,
				Map.of("ID_", "'bl-' || s", "TASK_ID_", "'bt-' || s", "GROUP_ID_", department("s")));
		copy("ACT_RU_VARIABLE", "TASK_ID_", task,
				Map.of("ID_", "'bv-' || T.NAME_ || s", "TASK_ID_", "'bt-' || s", "VAR_SCOPE_", "'bt-' || s"));
	}

	/** {@code copies} of a table's rows with {@code key} = {@code id}, columns replaced by expressions of s. */
	private void copy(String table, String key, String id, Map<String, String> replaced) {
		List<String> columns = jdbc.queryForList("SELECT upper(column_name) FROM information_schema.columns WHERE"
				+ " table_name = lower(?) ORDER BY ordinal_position", String.class, table);
		String values = columns.stream().map(column -> replaced.getOrDefault(column, "T." + column))
			.collect(Collectors.joining(", "));
		jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + values + " FROM " + table
				+ " T CROSS JOIN generate_series(1, ?) s WHERE T." + key + " = ?", TASKS, id);
	}

	private static String department(String number) {
		return "'dept-' || lpad(((" + number + " % " + DEPARTMENTS + ") + 1)::text, 2, '0')";
	}

	private long count(String table) {
		return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
	}

	private void add(String line) {
		System.out.println(line);
		report.add(line);
	}

	private void write() {
		try {
			Path file = Path.of("target", "benchmarks", "task-digest.md");
			Files.createDirectories(file.getParent());
			Files.write(file, report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	/** Counts {@code prepare…}/{@code createStatement} on every connection it hands out. */
	static final class CountingDataSource extends DelegatingDataSource {

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		private static Connection counting(Connection connection) {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
							STATEMENTS.incrementAndGet();
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
