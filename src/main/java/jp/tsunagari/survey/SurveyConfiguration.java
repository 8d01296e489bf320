package jp.tsunagari.survey;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.tsunagari.system.EngineNode;
import jp.tsunagari.system.FeatureTables;

/**
 * The survey store on the engine node's database. Its tables are created at start-up from survey/schema.sql
 * (CREATE ... IF NOT EXISTS, the same on H2 and PostgreSQL), independent of Camunda's Liquibase changelog.
 */
@EngineNode
@Configuration(proxyBeanMethods = false)
class SurveyConfiguration {

	@Bean
	DataSourceScriptDatabaseInitializer surveySchema(DataSource dataSource) {
		return FeatureTables.initializer(dataSource, "classpath:survey/schema.sql");
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
