package jp.tsunagari.analytics;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.tsunagari.system.EngineNode;

/** The reports read the engine's own database, so they live on engine nodes only. */
@EngineNode
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalyticsProperties.class)
class AnalyticsConfiguration {

	@Bean
	CycleTimeReports cycleTimeReports(DataSource dataSource) {
		return CycleTimeReports.over(dataSource);
	}

}
