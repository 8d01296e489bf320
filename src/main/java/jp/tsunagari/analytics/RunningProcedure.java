package jp.tsunagari.analytics;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A running procedure as the managers' progress page lists it: where it stands (current steps, the phase = the
 * sub-process it is in), its earliest due date, how many of its open tasks are overdue and by how long, how many of
 * them the task mails escalated to the department's supervisor once late (a due date moved on since keeps the mark),
 * and who holds its tasks.
 */
public record RunningProcedure(String instanceId, String processKey, String processName, String businessKey,
		LocalDateTime started, List<String> currentSteps, List<String> phases, LocalDateTime earliestDue,
		int overdueTasks, int escalatedTasks, Duration lateness, Set<String> departments, Set<String> assignees) {

	/** Whole days past the earliest due date, 0 if nothing is overdue. */
	public long daysLate() {
		return lateness.toDays();
	}

	public int fiscalYear() {
		return started.getMonthValue() >= 4 ? started.getYear() : started.getYear() - 1;
	}

}
