package jp.tsunagari.symposium;

import javax.sql.DataSource;

import jp.tsunagari.system.EngineNode;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * Creates the event tables (symposium/schema.sql, CREATE ... IF NOT EXISTS) at start-up on H2 and PostgreSQL alike.
 * Not in Camunda's Liquibase changelog, which the postgres profile applies for the engine's own tables only.
 */
@EngineNode
@Component
class EventSchema implements InitializingBean {

	private final DataSource dataSource;

	EventSchema(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() {
		new ResourceDatabasePopulator(new ClassPathResource("symposium/schema.sql")).execute(dataSource);
	}

}
