package jp.tsunagari.survey;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

import jp.tsunagari.system.EngineNode;

/**
 * The survey store on the application's database. Its tables are created at start-up from survey/schema.sql
 * (CREATE ... IF NOT EXISTS, the same on H2 and PostgreSQL), independent of Camunda's Liquibase changelog.
 */
@EngineNode
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SurveyProperties.class)
class SurveyConfiguration {

	@Bean
	DataSourceScriptDatabaseInitializer surveySchema(DataSource dataSource) {
		DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
		settings.setSchemaLocations(java.util.List.of("classpath:survey/schema.sql"));
		settings.setMode(DatabaseInitializationMode.ALWAYS);
		return new DataSourceScriptDatabaseInitializer(dataSource, settings);
	}

	@Bean
	Clock surveyClock() {
		return Clock.systemDefaultZone();
	}

	@Bean
	Questionnaires questionnaires(SurveyProperties properties) {
		return new Questionnaires(properties.questionnaires());
	}

	@Bean
	ResponseTokens responseTokens(SurveyProperties properties) {
		return new ResponseTokens(properties.linkSecret());
	}

	@Bean
	Surveys surveys(JdbcTemplate jdbc, Clock surveyClock) {
		return new Surveys(jdbc, surveyClock);
	}

	@Bean
	Recipients recipients(JdbcTemplate jdbc) {
		return new Recipients(jdbc);
	}

	@Bean
	Responses responses(JdbcTemplate jdbc, Clock surveyClock) {
		return new Responses(jdbc, surveyClock);
	}

	@Bean
	Deliveries deliveries(JdbcTemplate jdbc, Clock surveyClock) {
		return new Deliveries(jdbc, surveyClock);
	}

	@Bean
	SurveyResults surveyResults(Surveys surveys, Recipients recipients, Responses responses,
			Questionnaires questionnaires) {
		return new SurveyResults(surveys, recipients, responses, questionnaires);
	}

	@Bean
	SurveyContacts surveyContacts(JdbcTemplate jdbc) {
		return new JdbcSurveyContacts(jdbc);
	}

	@Bean
	SurveyDispatch surveyDispatch(Surveys surveys, Recipients recipients, Deliveries deliveries, ResponseTokens tokens,
			ObjectProvider<JavaMailSender> mailSender, SurveyProperties properties) {
		// without spring.mail.host there is no sender: dispatch then fails into an incident, start-up does not
		return new SurveyDispatch(surveys, recipients, deliveries, tokens,
				new SurveyMail(mailSender.getIfAvailable(), properties.mailFrom()),
				properties.publicBaseUrl());
	}

	@Bean
	WorkerRetries surveyWorkerRetries(SurveyProperties properties) {
		return new WorkerRetries(properties);
	}

}
