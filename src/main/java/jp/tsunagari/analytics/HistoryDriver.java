package jp.tsunagari.analytics;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

import jp.tsunagari.analytics.HistoryScenario.ProcessScenario;
import jp.tsunagari.analytics.HistoryScenario.StepScenario;

/**
 * Makes real, back-dated history: starts an instance at a past time on the engine clock and plays its waiting states
 * in time order, as a discrete-event simulation, until the instance ends or the next event lies after {@code until}
 * (then it stays running there). User tasks are claimed after a sampled waiting time and completed after a sampled
 * working time; external tasks are locked and completed; jobs (async steps, timers) run when due; messages are
 * correlated. Everything the engine writes carries the simulated time. The caller resets the clock.
 */
class HistoryDriver {

	static final String WORKER_ID = "demo-history";

	private final ProcessEngine engine;

	private final Random random;

	private final StepVariables variables;

	private final Map<String, String> memberOfGroup = new HashMap<>();

	HistoryDriver(ProcessEngine engine, Random random) {
		this.engine = engine;
		this.random = random;
		this.variables = new StepVariables();
	}

	private record Event(long at, long sequence, Runnable action) implements Comparable<Event> {

		@Override
		public int compareTo(Event other) {
			return at != other.at ? Long.compare(at, other.at) : Long.compare(sequence, other.sequence);
		}

	}

	/** Starts and drives one instance; returns its id. */
	String drive(String processKey, String businessKey, ProcessScenario scenario, LocalDateTime start,
			LocalDateTime until) {
		long now = millis(start);
		ClockUtil.setCurrentTime(new Date(now));
		String instanceId = engine.getRuntimeService()
			.startProcessInstanceByKey(processKey, businessKey, variables.start(scenario.startVariables(), start))
			.getId();
		PriorityQueue<Event> events = new PriorityQueue<>();
		Set<String> seen = new HashSet<>();
		long[] sequence = { 0 };
		long end = millis(until);
		while (true) {
			long current = ClockUtil.getCurrentTime().getTime();
			schedule(instanceId, scenario, current, seen, event -> {
				event = new Event(event.at(), sequence[0]++, event.action());
				events.add(event);
			});
			Event next = events.poll();
			if (next == null || next.at() > end) {
				return instanceId;
			}
			ClockUtil.setCurrentTime(new Date(Math.max(next.at(), current)));
			try {
				next.action().run();
			}
			catch (ProcessEngineException ex) {
				// the state moved on without us (an interrupting timer, the job executor): nothing to do for it
			}
		}
	}

	private void schedule(String instanceId, ProcessScenario scenario, long now, Set<String> seen,
			Consumer<Event> add) {
		for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(instanceId).list()) {
			if (seen.add(task.getId())) {
				StepScenario step = scenario.step(task.getTaskDefinitionKey());
				long claimAt = now + (task.getAssignee() == null ? step.waitMillis(random) : 0);
				long doneAt = claimAt + step.workMillis(random);
				if (task.getAssignee() == null) {
					add.accept(new Event(claimAt, 0, () -> engine.getTaskService().claim(task.getId(), assignee(task))));
				}
				add.accept(new Event(doneAt, 0,
						() -> engine.getTaskService().complete(task.getId(), variables.completion(step, random))));
			}
		}
		for (ExternalTask task : engine.getExternalTaskService()
			.createExternalTaskQuery()
			.processInstanceId(instanceId)
			.list()) {
			if (seen.add(task.getId())) {
				StepScenario step = scenario.step(task.getActivityId());
				add.accept(new Event(now + step.workMillis(random), 0, () -> {
					engine.getExternalTaskService().lock(task.getId(), WORKER_ID, 60_000);
					engine.getExternalTaskService().complete(task.getId(), WORKER_ID, variables.completion(step, random));
				}));
			}
		}
		for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instanceId).list()) {
			if (seen.add(job.getId())) {
				long due = job.getDuedate() == null ? now : Math.max(now, job.getDuedate().getTime());
				add.accept(new Event(due, 0, () -> engine.getManagementService().executeJob(job.getId())));
			}
		}
		for (EventSubscription message : engine.getRuntimeService()
			.createEventSubscriptionQuery()
			.processInstanceId(instanceId)
			.eventType("message")
			.list()) {
			if (seen.add(message.getId())) {
				StepScenario step = scenario.step(message.getActivityId());
				add.accept(new Event(now + step.waitMillis(random), 0, () -> engine.getRuntimeService()
					.createMessageCorrelation(message.getEventName())
					.processInstanceId(instanceId)
					.setVariables(variables.completion(step, random))
					.correlate()));
			}
		}
	}

	/** A member of the task's first candidate group, so the history looks like the department's work. */
	private String assignee(Task task) {
		return engine.getTaskService()
			.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> link.getGroupId() != null)
			.map(link -> memberOfGroup.computeIfAbsent(link.getGroupId(), this::firstMember))
			.findFirst()
			.orElse(WORKER_ID);
	}

	private String firstMember(String groupId) {
		return engine.getIdentityService()
			.createUserQuery()
			.memberOfGroup(groupId)
			.orderByUserId()
			.asc()
			.listPage(0, 1)
			.stream()
			.map(user -> user.getId())
			.findFirst()
			.orElse(WORKER_ID);
	}

	static long millis(LocalDateTime time) {
		return time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
	}

}
