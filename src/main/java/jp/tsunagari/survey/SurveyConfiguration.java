package jp.tsunagari.survey;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.tsunagari.system.EngineNode;

/**
 * The survey store on the engine node's database. Its tables are created at start-up from survey/schema.sql
 * (CREATE ... IF NOT EXISTS, the same on H2 and PostgreSQL), independent of Camunda's Liquibase changelog.
 */
@EngineNode
@Configuration(proxyBeanMethods = false)
class SurveyConfiguration {

	@Bean
	DataSourceScriptDatabaseInitializer surveySchema(DataSource dataSource) {
		DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
		settings.setSchemaLocations(List.of("classpath:survey/schema.sql"));
		settings.setMode(DatabaseInitializationMode.ALWAYS);
		return new DataSourceScriptDatabaseInitializer(dataSource, settings);
	}

	@Bean
	Questionnaires questionnaires(SurveyProperties properties) {
		return new Questionnaires(properties.questionnaires());
	}

	@Bean
	Responses responses(JdbcTemplate jdbc, Clock surveyClock) {
		return new Responses(jdbc, surveyClock);
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

}
