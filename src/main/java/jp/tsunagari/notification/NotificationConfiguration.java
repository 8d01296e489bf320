package jp.tsunagari.notification;

import java.time.Clock;
import java.time.ZoneId;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

import jp.tsunagari.absence.Substitutes;
import jp.tsunagari.calendar.WorkingDays;
import jp.tsunagari.system.EngineNode;
import jp.tsunagari.system.FeatureTables;

/**
 * The staff's task mails. They run on the engine nodes (they read the engine's tasks and identity), triggered by
 * the task-notifications process, whose timer fires once per cluster on the job executor.
 */
@EngineNode
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

	@Bean
	DataSourceScriptDatabaseInitializer notificationSchema(DataSource dataSource) {
		return FeatureTables.initializer(dataSource, "classpath:notification/schema.sql");
	}

	@Bean
	Clock notificationClock(@Value("${tsunagari.time-zone}") ZoneId zone) {
		return Clock.system(zone);
	}

	@Bean
	TaskNotificationCycle taskNotificationCycle(NotificationProperties properties) {
		return new TaskNotificationCycle(properties.cycle());
	}

	@Bean
	@DependsOn("notificationSchema")
	DigestPreferences digestPreferences(JdbcTemplate jdbc, NotificationProperties properties, Clock notificationClock) {
		return new DigestPreferences(jdbc, properties.digestTime(), notificationClock);
	}

	@Bean
	StaffDirectory notificationStaff(ProcessEngine engine) {
		return new StaffDirectory(engine.getIdentityService());
	}

	@Bean
	@ConditionalOnMissingBean(Recipients.class)
	Recipients taskRecipients(StaffDirectory notificationStaff, NotificationProperties properties,
			Substitutes substitutes, Clock notificationClock) {
		return new GroupRecipients(notificationStaff, properties.supervisorGroup(), properties.escalationFallbackGroup(),
				substitutes, notificationClock);
	}

	@Bean
	@DependsOn("notificationSchema")
	TaskNotifications taskNotifications(JdbcTemplate jdbc, Recipients recipients, StaffDirectory notificationStaff,
			DigestPreferences digestPreferences, ObjectProvider<JavaMailSender> mailSender, ProcessEngine engine,
			WorkingDays workingDays, NotificationProperties properties, Clock notificationClock) {
		// without spring.mail.host there is no sender: a run then fails into retries and an incident
		TaskMail mail = new TaskMail(mailSender.getIfAvailable(), properties.mailFrom(), properties.baseUrl(),
				new ConfidentialModels(engine.getRepositoryService()));
		return new TaskNotifications(new OpenTaskRows(jdbc), recipients, notificationStaff, digestPreferences,
				new NotificationDeliveries(jdbc), mail, engine.getTaskService(), workingDays, properties,
				notificationClock);
	}

}
