package jp.tsunagari.system;

import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;

/** A bare engine of its own on an in-memory H2 database, for tests of code using the engine's services. */
public final class InMemoryEngine {

	private InMemoryEngine() {
	}

	/** Close it after the test. */
	public static ProcessEngine start() {
		return ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
			.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID())
			.setJobExecutorActivate(false)
			.setProcessEngineName(UUID.randomUUID().toString())
			.buildProcessEngine();
	}

}
