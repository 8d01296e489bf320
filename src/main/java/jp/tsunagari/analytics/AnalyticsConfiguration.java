package jp.tsunagari.analytics;

import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RepositoryService;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import jp.tsunagari.system.EngineNode;
import jp.tsunagari.system.PageAccess;
import jp.tsunagari.system.PersonNames;

/** The reports read the engine's own database, so they live on engine nodes only. */
@EngineNode
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalyticsProperties.class)
class AnalyticsConfiguration {

	/** 進捗管理 shows every running procedure: managers only. */
	@Bean
	PageAccess progressPages() {
		return new PageAccess(List.of("/progress", "/progress/**"), List.of("managers"));
	}

	/** Cycle times, their JSON API and its OpenAPI document: analysts and managers. */
	@Bean
	PageAccess analyticsPages() {
		return new PageAccess(List.of("/analytics", "/analytics/**", "/api/analytics/**", "/v3/api-docs",
				"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"), List.of("analysts", "managers"));
	}

	@Bean
	CycleTimeReports cycleTimeReports(DataSource dataSource) {
		return CycleTimeReports.over(dataSource);
	}

	@Bean
	HistoryNames historyNames(DataSource dataSource) {
		return new HistoryNames(new JdbcTemplate(dataSource));
	}

	@Bean
	ProgressQueries progressQueries(DataSource dataSource) {
		return new ProgressQueries(new NamedParameterJdbcTemplate(dataSource));
	}

	@Bean
	ClaimIndex claimIndex(DataSource dataSource) {
		return new ClaimIndex(dataSource);
	}

	@Bean
	ConfidentialProcesses confidentialProcesses(RepositoryService repository, AnalyticsProperties properties) {
		return ConfidentialProcesses.of(repository, properties.confidentialProcessKeys());
	}

	@Bean
	ProgressBoard progressBoard(ProgressQueries queries, HistoryNames names, ConfidentialProcesses confidential,
			PersonNames personNames) {
		return new ProgressBoard(queries, names, confidential, personNames::of);
	}

}
