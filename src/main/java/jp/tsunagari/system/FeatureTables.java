package jp.tsunagari.system;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;

/**
 * The one way a feature creates its own tables (TSG_*): a script on the classpath, registered as a bean by the
 * feature's configuration and run by tests through the same call. Our tables are not in Camunda's Liquibase
 * changelog, so Spring Boot's script initializer runs them on every start (mode ALWAYS); the scripts use
 * {@code CREATE ... IF NOT EXISTS}, which makes every start harmless, and the same SQL on H2 and PostgreSQL. As an
 * initializer bean it also makes beans depending on database initialization (JdbcTemplate users) wait for it.
 */
public final class FeatureTables {

	private FeatureTables() {
	}

	/** @param scriptLocation a Spring resource location, e.g. {@code classpath:survey/schema.sql} */
	public static DataSourceScriptDatabaseInitializer initializer(DataSource dataSource, String scriptLocation) {
		DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
		settings.setSchemaLocations(List.of(scriptLocation));
		settings.setMode(DatabaseInitializationMode.ALWAYS);
		return new DataSourceScriptDatabaseInitializer(dataSource, settings);
	}

}
