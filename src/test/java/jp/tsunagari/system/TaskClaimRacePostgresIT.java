package jp.tsunagari.system;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link TaskClaimRaces} on PostgreSQL (its schema from Liquibase, READ COMMITTED), with the demo directory. */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@ActiveProfiles({ "demo", "test", "postgres" })
class TaskClaimRacePostgresIT extends TaskClaimRaces {

	private static final EmbeddedPostgresServer.Database postgres = EmbeddedPostgresServer.newDatabase();

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", postgres::jdbcUrl);
		registry.add("spring.datasource.username", () -> EmbeddedPostgresServer.USER);
		registry.add("spring.datasource.password", () -> "postgres");
	}

}
