package jp.tsunagari.symposium;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.tsunagari.system.EngineNode;
import jp.tsunagari.system.FeatureTables;

/** The event registration and questionnaire tables (symposium/schema.sql) on the engine node's database. */
@EngineNode
@Configuration(proxyBeanMethods = false)
class SymposiumConfiguration {

	@Bean
	DataSourceScriptDatabaseInitializer eventSchema(DataSource dataSource) {
		return FeatureTables.initializer(dataSource, "classpath:symposium/schema.sql");
	}

}
