package jp.tsunagari.notification;

/** Keys of processes/task-notifications.bpmn. */
final class TaskNotificationsProcess {

	static final String PROCESS_KEY = "task-notifications";

	static final String TOPIC = "send-task-notifications";

	private TaskNotificationsProcess() {
	}

}
