package jp.tsunagari.analytics;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import jp.tsunagari.analytics.HistoryDriver.Start;
import jp.tsunagari.analytics.HistoryScenario.ProcessScenario;

/**
 * Seeds back-dated history for every process of a scenario that is deployed and has none yet (demo keys
 * {@code <process-key>-demo-<n>} in a variable; the business key is the title the model gives, as for an instance
 * started in Tasklist), so a process added to the scenario later is seeded at the next start. The same
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
		List<Start> starts = new ArrayList<>();
		for (Map.Entry<String, ProcessScenario> process : scenario.processes().entrySet()) {
			if (isDeployed(process.getKey()) && !isSeeded(process.getKey())) {
				starts.addAll(starts(process.getKey(), process.getValue(), now));
			}
		}
		starts.sort(Comparator.comparing(Start::at));
		try {
			new HistoryDriver(engine, random).drive(scenario, starts, now);
		}
		finally {
			ClockUtil.reset();
		}
		return starts.size();
	}

	private List<Start> starts(String processKey, ProcessScenario scenario, LocalDateTime now) {
		List<Start> starts = new ArrayList<>();
		int older = Math.max(0, scenario.instances() - scenario.recent());
		double stratum = (double) scenario.spreadDays() / Math.max(1, older);
		for (int n = 1; n <= scenario.instances(); n++) {
			LocalDateTime start;
			if (n <= older) {
				// within the middle half of its share: two starts are never more than 1.5 shares apart, which is what
				// a scenario's overdue-days rely on to leave some work late whatever the day of the first start
				double daysBack = scenario.spreadDays() - (n - 0.75 + 0.5 * random.nextDouble()) * stratum;
				start = now.toLocalDate()
					.minusDays((long) daysBack)
					.atTime(WORKDAY_START_HOUR, 0)
					.plusMinutes(random.nextInt(WORKDAY_MINUTES));
			}
			else {
				start = now.minusMinutes((long) (random.nextDouble() * scenario.recentDays() * MINUTES_PER_DAY));
			}
			starts.add(new Start(processKey, "%s-demo-%03d".formatted(processKey, n), start.isAfter(now) ? now : start));
		}
		return starts;
	}

	private boolean isDeployed(String processKey) {
		return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey).count() > 0;
	}

	/** By the demo key, or by the business key of the versions that used the demo key as business key. */
	private boolean isSeeded(String processKey) {
		String demoKeys = processKey + "-demo-%";
		return engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.variableValueLike(HistoryDriver.DEMO_KEY, demoKeys)
			.count() > 0
				|| engine.getHistoryService()
					.createHistoricProcessInstanceQuery()
					.processDefinitionKey(processKey)
					.processInstanceBusinessKeyLike(demoKeys)
					.count() > 0;
	}

}
