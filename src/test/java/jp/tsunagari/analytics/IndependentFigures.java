package jp.tsunagari.analytics;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

/**
 * The same figures as the SQL reports, computed in Java from the engine's history API, one record at a time: what
 * the database aggregates are checked against.
 */
final class IndependentFigures {

	private final HistoryService history;

	IndependentFigures(HistoryService history) {
		this.history = history;
	}

	/** Linear interpolation between the closest ranks, as SQL's PERCENTILE_CONT. */
	static Double percentile(List<Long> values, double p) {
		if (values.isEmpty()) {
			return null;
		}
		List<Long> sorted = values.stream().sorted().toList();
		double rank = p * (sorted.size() - 1);
		int below = (int) Math.floor(rank);
		int above = (int) Math.ceil(rank);
		return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
	}

	static Double mean(List<Long> values) {
		return values.isEmpty() ? null : values.stream().mapToLong(Long::longValue).average().getAsDouble();
	}

	/** Durations of finished process instances per process key. */
	Map<String, List<Long>> processDurations() {
		return history.createHistoricProcessInstanceQuery()
			.finished()
			.list()
			.stream()
			.collect(Collectors.groupingBy(p -> p.getProcessDefinitionKey(), TreeMap::new,
					Collectors.mapping(p -> p.getDurationInMillis(), Collectors.toList())));
	}

	/** Durations of finished runs per "processKey/activityId" of the activity types the reports count as steps. */
	Map<String, List<Long>> stepDurations() {
		return activities(a -> a.getEndTime() != null).stream()
			.collect(Collectors.groupingBy(a -> a.getProcessDefinitionKey() + "/" + a.getActivityId(), TreeMap::new,
					Collectors.mapping(HistoricActivityInstance::getDurationInMillis, Collectors.toList())));
	}

	/** The activity type of each "processKey/activityId" the reports count as a step. */
	Map<String, String> activityTypes() {
		return activities(a -> true).stream()
			.collect(Collectors.toMap(a -> a.getProcessDefinitionKey() + "/" + a.getActivityId(),
					HistoricActivityInstance::getActivityType, (a, b) -> a, TreeMap::new));
	}

	/** Created → first assignee, per "processKey/activityId". */
	Map<String, List<Long>> waiting() {
		Map<String, Date> claims = claims();
		Map<String, List<Long>> waiting = new TreeMap<>();
		for (HistoricActivityInstance step : activities(a -> a.getTaskId() != null && claims.containsKey(a.getTaskId()))) {
			waiting.computeIfAbsent(step.getProcessDefinitionKey() + "/" + step.getActivityId(), k -> new ArrayList<>())
				.add(claims.get(step.getTaskId()).getTime() - step.getStartTime().getTime());
		}
		return waiting;
	}

	/** First assignee → completed, per "processKey/activityId". */
	Map<String, List<Long>> working() {
		Map<String, Date> claims = claims();
		Map<String, List<Long>> working = new TreeMap<>();
		for (HistoricActivityInstance step : activities(
				a -> a.getTaskId() != null && claims.containsKey(a.getTaskId()) && a.getEndTime() != null)) {
			working.computeIfAbsent(step.getProcessDefinitionKey() + "/" + step.getActivityId(), k -> new ArrayList<>())
				.add(step.getEndTime().getTime() - claims.get(step.getTaskId()).getTime());
		}
		return working;
	}

	/** Durations of finished user tasks per candidate group. */
	Map<String, List<Long>> departmentDurations() {
		Map<String, List<Long>> byGroup = new TreeMap<>();
		Map<String, HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
			.list()
			.stream()
			.collect(Collectors.toMap(HistoricTaskInstance::getId, t -> t));
		identityLinks("candidate").stream()
			.filter(link -> link.getGroupId() != null)
			.map(link -> List.of(link.getTaskId(), link.getGroupId()))
			.distinct()
			.forEach(pair -> {
				HistoricTaskInstance task = tasks.get(pair.get(0));
				List<Long> durations = byGroup.computeIfAbsent(pair.get(1), k -> new ArrayList<>());
				if (task.getDurationInMillis() != null) {
					durations.add(task.getDurationInMillis());
				}
			});
		return byGroup;
	}

	List<HistoricTaskInstance> tasksWithDueDate() {
		return history.createHistoricTaskInstanceQuery().list().stream().filter(t -> t.getDueDate() != null).toList();
	}

	private Map<String, Date> claims() {
		return identityLinks("assignee").stream()
			.filter(link -> "add".equals(link.getOperationType()))
			.collect(Collectors.toMap(HistoricIdentityLinkLog::getTaskId, HistoricIdentityLinkLog::getTime,
					(a, b) -> a.before(b) ? a : b));
	}

	private List<HistoricIdentityLinkLog> identityLinks(String type) {
		return history.createHistoricIdentityLinkLogQuery().type(type).list();
	}

	private List<HistoricActivityInstance> activities(Predicate<HistoricActivityInstance> which) {
		return history.createHistoricActivityInstanceQuery()
			.list()
			.stream()
			.filter(a -> a.getActivityType().endsWith("Task") || a.getActivityType().equals("intermediateTimer"))
			.filter(which)
			.toList();
	}

}
