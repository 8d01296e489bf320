package jp.tsunagari.system;

import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Bounds on what one request to the REST API's history endpoints may ask the engine for. */
@EngineNode
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RestHistoryLimitsConfiguration.RestHistoryProperties.class)
class RestHistoryLimitsConfiguration {

	@Bean
	FilterRegistrationBean<HistoryPageLimit> historyPageLimit(JerseyApplicationPath restApiPath,
			RestHistoryProperties properties) {
		FilterRegistrationBean<HistoryPageLimit> registration = new FilterRegistrationBean<>(
				new HistoryPageLimit(properties.maxResults()));
		registration.addUrlPatterns(restApiPath.getRelativePath("/history/*"));
		return registration;
	}

	@Bean
	FilterRegistrationBean<NarrowedHistoryVariables> narrowedHistoryVariables(JerseyApplicationPath restApiPath) {
		FilterRegistrationBean<NarrowedHistoryVariables> registration = new FilterRegistrationBean<>(
				new NarrowedHistoryVariables());
		NarrowedHistoryVariables.LISTS.forEach(list -> registration.addUrlPatterns(restApiPath.getRelativePath(list)));
		return registration;
	}

	/** @param maxResults the largest page of a history list one REST request may ask for */
	@ConfigurationProperties("tsunagari.rest.history")
	record RestHistoryProperties(@DefaultValue("100") int maxResults) {
	}

}
