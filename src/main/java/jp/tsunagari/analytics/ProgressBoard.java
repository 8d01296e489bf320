package jp.tsunagari.analytics;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The managers' view of every running procedure: one row per instance, the latest first by lateness; confidential
 * processes only as counts per step.
 */
class ProgressBoard {

	record Board(List<RunningProcedure> procedures, List<ConfidentialProgress> confidential) {
	}

	private final ProgressQueries queries;

	private final HistoryNames names;

	private final ConfidentialProcesses confidential;

	/** A user id → the name people read (PersonNames). */
	private final UnaryOperator<String> personNames;

	ProgressBoard(ProgressQueries queries, HistoryNames names, ConfidentialProcesses confidential,
			UnaryOperator<String> personNames) {
		this.queries = queries;
		this.names = names;
		this.confidential = confidential;
		this.personNames = personNames;
	}

	Board board(HistoryFilter filter, String department, LocalDateTime now) {
		Map<String, String> processNames = names.processes();
		Map<String, String> groupNames = names.groups();
		Map<String, List<CurrentStepRow>> byInstance = new LinkedHashMap<>();
		Map<String, Boolean> confidentialKeys = new HashMap<>();
		Map<List<String>, Set<String>> confidentialSteps = new LinkedHashMap<>();
		Map<List<String>, Set<String>> confidentialOverdue = new LinkedHashMap<>();
		Set<String> escalated = queries.escalatedSteps();
		for (CurrentStepRow row : queries.currentSteps(filter)) {
			if (department != null && !department.isBlank() && !department.equals(row.candidateGroup())) {
				continue;
			}
			if (confidentialKeys.computeIfAbsent(row.processKey(), confidential::isConfidential)) {
				if (row.isStep()) {
					List<String> key = List.of(processNames.getOrDefault(row.processKey(), row.processKey()),
							row.activityName());
					confidentialSteps.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(row.activityInstanceId());
					Set<String> overdue = confidentialOverdue.computeIfAbsent(key, k -> new LinkedHashSet<>());
					if (isOverdue(row, now)) {
						overdue.add(row.activityInstanceId());
					}
				}
				continue;
			}
			byInstance.computeIfAbsent(row.instanceId(), id -> new ArrayList<>()).add(row);
		}
		List<RunningProcedure> procedures = new ArrayList<>();
		byInstance.values().forEach(rows -> procedures.add(procedure(rows, processNames, groupNames, escalated, now)));
		procedures.sort(Comparator.comparing(RunningProcedure::lateness)
			.reversed()
			.thenComparing(RunningProcedure::started));
		List<ConfidentialProgress> summaries = new ArrayList<>();
		confidentialSteps.forEach((key, steps) -> summaries.add(new ConfidentialProgress(key.get(0), key.get(1), steps.size(),
				confidentialOverdue.get(key).size())));
		return new Board(procedures, summaries);
	}

	private RunningProcedure procedure(List<CurrentStepRow> rows, Map<String, String> processNames,
			Map<String, String> groupNames, Set<String> escalated, LocalDateTime now) {
		CurrentStepRow first = rows.get(0);
		Map<String, Integer> steps = new LinkedHashMap<>();
		Set<String> phases = new LinkedHashSet<>();
		Set<String> departments = new LinkedHashSet<>();
		Set<String> assignees = new LinkedHashSet<>();
		Set<String> counted = new LinkedHashSet<>();
		int overdue = 0;
		int escalatedSteps = 0;
		LocalDateTime earliestDue = null;
		for (CurrentStepRow row : rows) {
			if (row.isPhase()) {
				phases.add(row.activityName());
				continue;
			}
			if (row.candidateGroup() != null) {
				departments.add(groupNames.getOrDefault(row.candidateGroup(), row.candidateGroup()));
			}
			if (!row.isStep() || !counted.add(row.activityInstanceId())) {
				continue;
			}
			steps.merge(row.activityName(), 1, Integer::sum);
			if (row.assignee() != null) {
				assignees.add(personNames.apply(row.assignee()));
			}
			if (row.due() != null && (earliestDue == null || row.due().isBefore(earliestDue))) {
				earliestDue = row.due();
			}
			overdue += isOverdue(row, now) ? 1 : 0;
			escalatedSteps += escalated.contains(row.activityInstanceId()) ? 1 : 0;
		}
		List<String> current = new ArrayList<>();
		steps.forEach((name, count) -> current.add(count > 1 ? name + " ×" + count : name));
		Duration lateness = earliestDue != null && earliestDue.isBefore(now) ? Duration.between(earliestDue, now)
				: Duration.ZERO;
		return new RunningProcedure(first.instanceId(), first.processKey(),
				processNames.getOrDefault(first.processKey(), first.processKey()), first.businessKey(), first.started(),
				current, List.copyOf(phases), earliestDue, overdue, escalatedSteps, lateness, departments,
				assignees);
	}

	private static boolean isOverdue(CurrentStepRow row, LocalDateTime now) {
		return row.due() != null && row.due().isBefore(now);
	}

}
