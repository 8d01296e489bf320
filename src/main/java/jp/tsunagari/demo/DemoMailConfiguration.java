package jp.tsunagari.demo;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

import jp.tsunagari.system.FeatureTables;

/** The demo's mail catcher: its table, its store, and the mail sender every feature gets in its place. */
@DemoMailCatcher
@Configuration(proxyBeanMethods = false)
class DemoMailConfiguration {

	@Bean
	DataSourceScriptDatabaseInitializer demoMailSchema(DataSource dataSource) {
		return FeatureTables.initializer(dataSource, "classpath:demo/schema.sql");
	}

	@Bean
	@DependsOn("demoMailSchema")
	CaughtMail caughtMail(JdbcTemplate jdbc) {
		return new CaughtMail(jdbc, Clock.systemDefaultZone());
	}

	/** Spring Boot makes no SMTP sender without {@code spring.mail.host}: the features get this one instead. */
	@Bean
	JavaMailSender demoMailSender(CaughtMail caughtMail) {
		return new CatchingMailSender(caughtMail);
	}

}
