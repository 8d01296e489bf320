package jp.tsunagari.referral;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.tsunagari.directory.OrganisationDirectory;
import jp.tsunagari.system.EngineNode;
import jp.tsunagari.system.FeatureTables;
import jp.tsunagari.system.PageAccess;

@EngineNode
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReferralProperties.class)
class ReferralConfiguration {

	@Bean
	DataSourceScriptDatabaseInitializer referralSchema(DataSource dataSource) {
		return FeatureTables.initializer(dataSource, "classpath:referral/schema.sql");
	}

	/** つなぎの進捗: managers and the 地域包括支援センター only, as counts per district identify people too. */
	@Bean
	PageAccess referralProgressPage() {
		return new PageAccess(List.of("/referral/progress"), List.of("managers", NabariReferral.CENTRE_GROUP));
	}

	@Bean
	ReferralFields referralFields(OrganisationDirectory directory) {
		return new ReferralFields(directory);
	}

}
