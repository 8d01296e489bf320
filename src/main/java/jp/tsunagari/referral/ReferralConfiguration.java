package jp.tsunagari.referral;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.tsunagari.directory.OrganisationDirectory;
import jp.tsunagari.system.EngineNode;

@EngineNode
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReferralProperties.class)
class ReferralConfiguration {

	@Bean
	ReferralFields referralFields(OrganisationDirectory directory) {
		return new ReferralFields(directory);
	}

}
