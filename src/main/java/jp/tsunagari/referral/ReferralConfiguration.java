package jp.tsunagari.referral;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.tsunagari.directory.OrganisationDirectory;
import jp.tsunagari.system.EngineNode;
import jp.tsunagari.system.FeatureTables;

@EngineNode
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReferralProperties.class)
class ReferralConfiguration {

	@Bean
	DataSourceScriptDatabaseInitializer referralSchema(DataSource dataSource) {
		return FeatureTables.initializer(dataSource, "classpath:referral/schema.sql");
	}

	@Bean
	ReferralFields referralFields(OrganisationDirectory directory) {
		return new ReferralFields(directory);
	}

}
