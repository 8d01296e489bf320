package jp.tsunagari.analytics;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import jp.tsunagari.analytics.HistoryScenario.ProcessScenario;

/**
 * Seeds back-dated history for every process of a scenario that is deployed and has none yet (business keys
 * {@code <process-key>-demo-<n>}), so a process added to the scenario later is seeded at the next start. The same
 * seed gives the same history. Restores the engine clock afterwards.
 */
class HistorySeeder {

	private static final int WORKDAY_START_HOUR = 9;

	private static final int WORKDAY_MINUTES = 8 * 60;

	private static final int MINUTES_PER_DAY = 24 * 60;

	private final ProcessEngine engine;

	private final Random random;

	HistorySeeder(ProcessEngine engine, long seed) {
		this.engine = engine;
		this.random = new Random(seed);
	}

	/** Returns the number of instances started. */
	int seed(HistoryScenario scenario, LocalDateTime now) {
		HistoryDriver driver = new HistoryDriver(engine, random);
		int started = 0;
		try {
			for (Map.Entry<String, ProcessScenario> process : scenario.processes().entrySet()) {
				if (isDeployed(process.getKey()) && !isSeeded(process.getKey())) {
					started += seed(driver, process.getKey(), process.getValue(), now);
				}
			}
		}
		finally {
			ClockUtil.reset();
		}
		return started;
	}

	private int seed(HistoryDriver driver, String processKey, ProcessScenario scenario, LocalDateTime now) {
		int older = Math.max(0, scenario.instances() - scenario.recent());
		double stratum = (double) scenario.spreadDays() / Math.max(1, older);
		for (int n = 1; n <= scenario.instances(); n++) {
			LocalDateTime start;
			if (n <= older) {
				double daysBack = scenario.spreadDays() - (n - 1 + random.nextDouble()) * stratum;
				start = now.toLocalDate()
					.minusDays((long) daysBack)
					.atTime(WORKDAY_START_HOUR, 0)
					.plusMinutes(random.nextInt(WORKDAY_MINUTES));
			}
			else {
				start = now.minusMinutes((long) (random.nextDouble() * scenario.recentDays() * MINUTES_PER_DAY));
			}
			driver.drive(processKey, "%s-demo-%03d".formatted(processKey, n), scenario, start.isAfter(now) ? now : start,
					now);
		}
		return scenario.instances();
	}

	private boolean isDeployed(String processKey) {
		return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey).count() > 0;
	}

	private boolean isSeeded(String processKey) {
		return engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.processInstanceBusinessKeyLike(processKey + "-demo-%")
			.count() > 0;
	}

}
