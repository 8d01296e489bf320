package jp.tsunagari.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;

import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * Demo data: back-dated history of every deployed process listed in {@code analytics/demo-history.yaml}, made at the
 * first start by driving real instances on a back-dated engine clock, so the progress page and the dashboard are not
 * empty for a newcomer. The in-process external-task worker is paused meanwhile: the driver completes those steps
 * itself, and a worker fetching one would complete it with real-time data. Off in tests unless asked for.
 */
@Component
// one @Profile: Spring ORs the values of several (a meta-annotated @EngineNode would let it run everywhere)
@Profile("demo & !" + EngineNode.WORKER_PROFILE)
@ConditionalOnProperty(name = "tsunagari.analytics.seed-demo-history", havingValue = "true", matchIfMissing = true)
class DemoHistory implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

	private final ProcessEngine engine;

	private final ResourceLoader resources;

	private final AnalyticsProperties properties;

	private final ObjectProvider<ExternalTaskClient> workers;

	DemoHistory(ProcessEngine engine, ResourceLoader resources, AnalyticsProperties properties,
			ObjectProvider<ExternalTaskClient> workers) {
		this.engine = engine;
		this.resources = resources;
		this.properties = properties;
		this.workers = workers;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		HistoryScenario scenario;
		try (InputStream yaml = resources.getResource(properties.demoHistory()).getInputStream()) {
			scenario = HistoryScenario.read(yaml);
		}
		ExternalTaskClient worker = workers.getIfAvailable();
		boolean pause = worker != null && worker.isActive();
		if (pause) {
			worker.stop();
		}
		try {
			int started = new HistorySeeder(engine, properties.demoHistorySeed()).seed(scenario, LocalDateTime.now());
			if (started > 0) {
				log.info("Demo: {} back-dated process instances make the history of the analytics pages", started);
			}
		}
		finally {
			if (pause) {
				worker.start();
			}
		}
	}

}
