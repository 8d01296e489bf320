package jp.tsunagari.notification;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * An open user task as the notifications see it: its title (the {@code title} copy every task gets, see
 * system.TaskTitlePlugin), the model's task name, whether its process holds personal data, and who it is offered to.
 */
public record NotifiedTask(String id, String name, String title, String processDefinitionId, LocalDateTime created,
		LocalDateTime due, int priority, String assignee, Set<String> candidateGroups, Set<String> candidateUsers) {

	public NotifiedTask {
		candidateGroups = Set.copyOf(candidateGroups);
		candidateUsers = Set.copyOf(candidateUsers);
	}

}
