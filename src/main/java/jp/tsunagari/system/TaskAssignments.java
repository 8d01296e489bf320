package jp.tsunagari.system;

import java.util.Optional;

/** Who holds a task now, read as the system (committed state, no authorization check). */
interface TaskAssignments {

	/** Empty when the task no longer exists (completed, or its process ended); else its assignee, null if none. */
	Optional<Assignment> find(String taskId);

	record Assignment(String assignee) {
	}

}
