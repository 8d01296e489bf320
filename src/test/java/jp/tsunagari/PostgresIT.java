package jp.tsunagari;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production configuration on a real PostgreSQL (an embedded server from Maven Central, no Docker): the schema
 * comes from Camunda's Liquibase changelog, the engine does not touch it, every model deploys, and nothing but the
 * administrator and the directory's users is created.
 */
@SpringBootTest
@ActiveProfiles("postgres")
class PostgresIT {

	private static final EmbeddedPostgres postgres = start();

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void production(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
		registry.add("tsunagari.directory.file", () -> "classpath:directory/small-town-production.yaml");
		registry.add("tsunagari.admin.username", () -> "admin");
		registry.add("tsunagari.admin.password", () -> "Kanri-Pass-2026!");
		registry.add("tsunagari.worker.username", () -> "worker");
		registry.add("tsunagari.worker.password", () -> "Gaibu-Task-2026!");
		registry.add("camunda.bpm.job-execution.enabled", () -> false);
		registry.add("camunda.bpm.client.disable-auto-fetching", () -> true);
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void theSchemaComesFromLiquibaseAndEveryModelDeploys() {
		assertThat(jdbc.queryForObject("select count(*) from databasechangelog", Integer.class)).isPositive();
		assertThat(jdbc.queryForObject("select database_product_name from (select 'PostgreSQL' as database_product_name) p",
				String.class)).isEqualTo("PostgreSQL");
		assertThat(engine.getProcessEngineConfiguration().getDatabaseSchemaUpdate()).isEqualTo("false");
		List<String> deployed = engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.latestVersion()
			.list()
			.stream()
			.map(ProcessDefinition::getKey)
			.toList();
		assertThat(deployed).containsExactlyInAnyOrderElementsOf(modelKeys());
	}

	@Test
	void onlyTheAdministratorTheWorkerAndTheDirectoryUsersExist() {
		assertThat(engine.getIdentityService().createUserQuery().list())
			.extracting(user -> user.getId())
			.containsExactlyInAnyOrder("admin", "worker", "aoki");
		assertThat(engine.getIdentityService().checkPassword("admin", "Kanri-Pass-2026!")).isTrue();
		assertThat(engine.getIdentityService().checkPassword("aoki", "")).isFalse();
	}

	/** Process keys are file names in processes/. */
	static List<String> modelKeys() {
		File[] models = new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"));
		return models == null ? List.of()
				: Arrays.stream(models).map(file -> file.getName().replace(".bpmn", "")).toList();
	}

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The embedded PostgreSQL did not start", ex);
		}
	}

}
