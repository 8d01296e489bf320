package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

class AuthorizationIndexesTest {

	@Test
	void createsTheIndexesOnceAndIsHarmlessAtEveryLaterStart() {
		ProcessEngine engine = InMemoryEngine.start();
		try {
			DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
				.getDataSource();
			AuthorizationIndexes indexes = new AuthorizationIndexes(dataSource);
			indexes.afterSingletonsInstantiated();
			indexes.afterSingletonsInstantiated();

			assertThat(new JdbcTemplate(dataSource).queryForList("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES"
					+ " WHERE TABLE_NAME = 'ACT_RU_AUTHORIZATION' AND INDEX_NAME LIKE 'TSG_%'", String.class))
				.containsExactlyInAnyOrderElementsOf(AuthorizationIndexes.NAMES);
		}
		finally {
			engine.close();
		}
	}

}
