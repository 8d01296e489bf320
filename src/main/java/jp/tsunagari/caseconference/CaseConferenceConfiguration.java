package jp.tsunagari.caseconference;

import static jp.tsunagari.caseconference.CaseConference.SECRETARIAT_GROUP;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.tsunagari.system.EngineNode;
import jp.tsunagari.system.PageAccess;

@EngineNode
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseConferenceProperties.class)
class CaseConferenceConfiguration {

	/** 支援会議の進捗: managers and the secretariat only. */
	@Bean
	PageAccess caseConferenceProgressPage() {
		return new PageAccess(List.of("/caseconference/progress"), List.of("managers", SECRETARIAT_GROUP));
	}

}
