package jp.tsunagari.caseconference;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

import jp.tsunagari.system.EngineNode;

@EngineNode
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseConferenceProperties.class)
class CaseConferenceConfiguration {

}
