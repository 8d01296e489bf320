package jp.tsunagari.system;

import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * On PostgreSQL the schema comes from Camunda's Liquibase changelog and the engine must not start before it is
 * applied; Spring Boot orders beans after Liquibase when a detector names them (registered in spring.factories).
 */
class ProcessEngineSchemaDependency extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

	@Override
	protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
		return Set.of(ProcessEngineFactoryBean.class, ProcessEngine.class);
	}

}
