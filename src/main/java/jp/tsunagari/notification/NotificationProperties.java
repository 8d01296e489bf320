package jp.tsunagari.notification;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tsunagari.notification.*}: how often the task-notifications process runs, the default digest time on working days; the task priority from which a task is
 * urgent (told at once; Camunda's default priority is 50, a model sets {@code camunda:priority}, staff set it in
 * Tasklist); how many working days before a due date the reminder comes; the role group whose members are their
 * departments' supervisors and the group told when a department has none; the sender and the base URL of the links.
 */
@ConfigurationProperties("tsunagari.notification")
record NotificationProperties(@DefaultValue("R/PT5M") String cycle, @DefaultValue("08:30") LocalTime digestTime, @DefaultValue("75") int urgentPriority,
		@DefaultValue("3") int reminderWorkingDays, @DefaultValue("supervisors") String supervisorGroup,
		@DefaultValue("managers") String escalationFallbackGroup, String mailFrom, String baseUrl,
		@DefaultValue("3") int retries) {
}
