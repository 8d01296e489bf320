package jp.tsunagari.symposium;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.tsunagari.system.EngineNode;
import jp.tsunagari.system.FeatureTables;
import jp.tsunagari.system.PageAccess;

/**
 * The event registration and questionnaire tables (symposium/schema.sql) on the engine node's database, and who may
 * open the staff pages over them.
 */
@EngineNode
@Configuration(proxyBeanMethods = false)
class SymposiumConfiguration {

	@Bean
	DataSourceScriptDatabaseInitializer eventSchema(DataSource dataSource) {
		return FeatureTables.initializer(dataSource, "classpath:symposium/schema.sql");
	}

	/** Attendance and the report list the registrations' personal data: the lead department only. */
	@Bean
	PageAccess eventStaffPages(SymposiumProperties properties) {
		return new PageAccess(List.of("/symposium/events/**"), List.of(properties.staffGroup()));
	}

}
