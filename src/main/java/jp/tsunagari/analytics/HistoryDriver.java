package jp.tsunagari.analytics;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.tsunagari.analytics.HistoryScenario.ProcessScenario;
import jp.tsunagari.analytics.HistoryScenario.StepScenario;

/**
 * Makes real, back-dated history as one discrete-event simulation over all instances: starts each at its past time
 * on the engine clock and plays the waiting states of every instance begun since (called processes, meetings a
 * delegate opens, feedback it sends) in time order, until the next event lies after {@code until}. User tasks are
 * claimed after a sampled waiting time and completed after a sampled working time; external tasks are locked and
 * completed; jobs (async steps, timers) run when due; messages are correlated if the scenario names their event
 * (others wait for the instance that sends them). One clock for all, so instances meeting each other (a case tabled
 * at a meeting another case opened) see a consistent past. The caller resets the clock.
 */
class HistoryDriver {

	static final String WORKER_ID = "demo-history";

	private static final Logger log = LoggerFactory.getLogger(HistoryDriver.class);

	/**
	 * The demo's own key of each instance it starts. Not the business key: that is the title the model gives the
	 * instance (the survey's name, a case number), as when staff start it in Tasklist.
	 */
	static final String DEMO_KEY = "demoHistoryKey";

	/** An instance to start, and when. */
	record Start(String processKey, String demoKey, LocalDateTime at) {
	}

	private final ProcessEngine engine;

	private final Random random;

	private final StepVariables variables = new StepVariables();

	private final StepActors actors;

	private final Map<String, String> processKeys = new HashMap<>();

	private final Map<String, String> instanceKeys = new HashMap<>();

	private final Set<String> seen = new HashSet<>();

	private final PriorityQueue<Event> events = new PriorityQueue<>(
			Comparator.comparingLong(Event::at).thenComparingLong(Event::sequence));

	private long sequence;

	private Set<String> before = Set.of();

	HistoryDriver(ProcessEngine engine, Random random) {
		this.engine = engine;
		this.random = random;
		this.actors = new StepActors(engine);
	}

	private record Event(long at, long sequence, Runnable action) {
	}

	/** Starts and drives the instances; those still waiting at {@code until} stay running there. */
	void drive(HistoryScenario scenario, List<Start> starts, LocalDateTime until) {
		before = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.list()
			.stream()
			.map(Execution::getId)
			.collect(Collectors.toSet());
		long end = millis(until);
		for (Start start : starts) {
			ProcessScenario process = scenario.process(start.processKey());
			add(millis(start.at()), () -> engine.getRuntimeService()
				.startProcessInstanceByKey(start.processKey(),
						variables.start(process, process.chooseStart(random), start.at())
							.putValue(DEMO_KEY, start.demoKey())));
		}
		long clock = Long.MIN_VALUE;
		while (!events.isEmpty() && events.peek().at() <= end) {
			Event next = events.poll();
			clock = Math.max(next.at(), clock);
			ClockUtil.setCurrentTime(new Date(clock));
			try {
				next.action().run();
			}
			catch (ProcessEngineException ex) {
				// the state moved on without us (an interrupting timer, the job executor), or the scenario's data
				// does not fit the model: the instance stays where it is, and whoever writes the scenario learns why
				log.warn("Demo history: a step was not played: {}", ex.getMessage());
			}
			schedule(scenario, clock, end);
		}
	}

	private void add(long at, Runnable action) {
		events.add(new Event(at, sequence++, action));
	}

	private void schedule(HistoryScenario scenario, long now, long end) {
		for (Task task : engine.getTaskService().createTaskQuery().active().list()) {
			if (driven(task.getProcessInstanceId()) && seen.add(task.getId())) {
				ProcessScenario process = scenario.process(processKey(task.getProcessDefinitionId()));
				StepScenario step = process.step(task.getTaskDefinitionKey());
				long claimAt = now + (task.getAssignee() == null ? step.waitMillis(random) : 0);
				long doneAt = claimAt + step.workMillis(random);
				String assignee = task.getAssignee() == null ? actors.assignee(task) : task.getAssignee();
				if (task.getAssignee() == null) {
					add(claimAt, () -> engine.getTaskService().claim(task.getId(), assignee));
				}
				if (!process.leftOpen(task.getDueDate(), now, end)) {
					add(doneAt, () -> actors.as(assignee, () -> engine.getTaskService()
						.complete(task.getId(), variables.completion(step, random))));
				}
			}
		}
		for (ExternalTask task : engine.getExternalTaskService().createExternalTaskQuery().active().list()) {
			if (driven(task.getProcessInstanceId()) && seen.add(task.getId())) {
				StepScenario step = scenario.process(task.getProcessDefinitionKey()).step(task.getActivityId());
				add(now + step.workMillis(random), () -> {
					engine.getExternalTaskService().lock(task.getId(), WORKER_ID, 60_000);
					engine.getExternalTaskService()
						.complete(task.getId(), WORKER_ID, variables.completion(step, random));
				});
			}
		}
		for (Job job : engine.getManagementService().createJobQuery().active().list()) {
			if (driven(job.getProcessInstanceId()) && seen.add(job.getId())) {
				long due = job.getDuedate() == null ? now : Math.max(now, job.getDuedate().getTime());
				add(due, () -> {
					// a timer of a scope that has ended is gone (the engine would log its absence as an error)
					if (engine.getManagementService().createJobQuery().jobId(job.getId()).count() > 0) {
						engine.getManagementService().executeJob(job.getId());
					}
				});
			}
		}
		for (EventSubscription message : engine.getRuntimeService()
			.createEventSubscriptionQuery()
			.eventType("message")
			.list()) {
			if (!driven(message.getProcessInstanceId()) || seen.contains(message.getId())) {
				continue;
			}
			ProcessScenario process = scenario.process(instanceKey(message.getProcessInstanceId()));
			if (process.names(message.getActivityId())) {
				seen.add(message.getId());
				StepScenario step = process.step(message.getActivityId());
				add(now + step.waitMillis(random), () -> engine.getRuntimeService()
					.createMessageCorrelation(message.getEventName())
					.processInstanceId(message.getProcessInstanceId())
					.setVariables(variables.completion(step, random))
					.correlate());
			}
		}
	}

	/** Begun since the drive started: the demo's own instances and those they began, never a user's. */
	private boolean driven(String processInstanceId) {
		return processInstanceId != null && !before.contains(processInstanceId);
	}

	private String processKey(String processDefinitionId) {
		return processKeys.computeIfAbsent(processDefinitionId,
				id -> engine.getRepositoryService().getProcessDefinition(id).getKey());
	}

	private String instanceKey(String processInstanceId) {
		return instanceKeys.computeIfAbsent(processInstanceId, id -> processKey(engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(id)
			.singleResult()
			.getProcessDefinitionId()));
	}

	static long millis(LocalDateTime time) {
		return time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
	}

}
