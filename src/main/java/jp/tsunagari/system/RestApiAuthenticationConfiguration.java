package jp.tsunagari.system;

import jakarta.servlet.Filter;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic authentication of the REST API against Camunda's identity service, as Camunda Run does it. The filter
 * also tells the engine who is calling, so its authorization checks apply to every REST request.
 */
@EngineNode
@Configuration(proxyBeanMethods = false)
class RestApiAuthenticationConfiguration {

	@Bean
	FilterRegistrationBean<Filter> restApiAuthenticationFilter(JerseyApplicationPath restApiPath) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
		registration.setName("tsunagari-rest-api-authentication");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns(restApiPath.getUrlMapping());
		// after Spring Security's chain (order -100), which leaves /engine-rest to this filter
		registration.setOrder(1);
		return registration;
	}

}
