package jp.tsunagari.survey;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.tsunagari.system.EngineNode;

/**
 * A worker node that sends survey mail reaches the survey tables directly (the engine node creates them): set
 * {@code tsunagari.survey.datasource.url}, {@code .username}, {@code .password} to the application's database. The
 * engine itself is still reached only through its REST API. Without the URL a worker node runs no survey worker.
 */
@Profile(EngineNode.WORKER_PROFILE)
@ConditionalOnProperty(prefix = "tsunagari.survey.datasource", name = "url")
@Configuration(proxyBeanMethods = false)
class SurveyWorkerNodeConfiguration {

	@Bean(destroyMethod = "close")
	DataSource surveyDataSource(@Value("${tsunagari.survey.datasource.url}") String url,
			@Value("${tsunagari.survey.datasource.username:}") String username,
			@Value("${tsunagari.survey.datasource.password:}") String password) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(url);
		dataSource.setUsername(username);
		dataSource.setPassword(password);
		dataSource.setMaximumPoolSize(4);
		dataSource.setPoolName("survey-worker");
		return dataSource;
	}

	@Bean
	JdbcTemplate surveyJdbcTemplate(DataSource surveyDataSource) {
		return new JdbcTemplate(surveyDataSource);
	}

}
