package jp.tsunagari.notification;

/**
 * The timer cycle of processes/task-notifications.bpmn ({@code ${taskNotificationCycle.value()}}), an ISO repeating
 * interval from {@code tsunagari.notification.cycle}.
 */
public record TaskNotificationCycle(String value) {
}
