package jp.tsunagari.analytics;

import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * A private engine (H2 in memory or a PostgreSQL) holding known synthetic history: the two fixture processes driven
 * by {@link HistorySeeder} from {@code analytics/cycle-time-fixture.yaml}, with a fixed seed and a fixed "now".
 */
final class SyntheticHistory {

	static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 1, 10, 0);

	static final long SEED = 7;

	private SyntheticHistory() {
	}

	static ProcessEngine engine(String name, String jdbcUrl, String user, String password) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
			.createStandaloneProcessEngineConfiguration()
			.setProcessEngineName(name)
			.setJdbcUrl(jdbcUrl)
			.setJdbcUsername(user)
			.setJdbcPassword(password)
			.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
			.setHistory(ProcessEngineConfiguration.HISTORY_FULL)
			.setJobExecutorActivate(false);
		configuration.setDefaultSerializationFormat("application/json");
		configuration.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
		return configuration.buildProcessEngine();
	}

	/** Deploys the fixture, creates its departments and drives the scenario; returns the instances started. */
	static int create(ProcessEngine engine) {
		engine.getRepositoryService()
			.createDeployment()
			.addClasspathResource("analytics/cycle-time-fixture.bpmn")
			.deploy();
		IdentityService identity = engine.getIdentityService();
		for (String group : List.of("alpha", "beta")) {
			identity.saveGroup(identity.newGroup(group));
			identity.saveUser(identity.newUser(group + "user"));
			identity.createMembership(group + "user", group);
		}
		return new HistorySeeder(engine, SEED).seed(HistoryScenarios.read("/analytics/cycle-time-fixture.yaml"), NOW);
	}

}
