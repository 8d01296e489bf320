package jp.tsunagari.system;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.core.Ordered;

/**
 * Makes the {@link StartupLock} the first database initializer: Spring Boot orders the initializers it detects by
 * their detectors' order, so Liquibase and the feature tables' scripts wait for the lock, and every bean that waits
 * for database initialization (the process engine, see {@link ProcessEngineSchemaDependency}) waits for it too.
 * Registered in spring.factories.
 */
class StartupLockDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(StartupLock.class);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
