package jp.tsunagari.system;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tasklist, Cockpit and Admin take the user signed in on our login page, as Camunda's Spring Boot starter does it
 * for OAuth2 sign-in: Camunda's {@link ContainerBasedAuthenticationFilter} asks
 * {@link SpringSecurityWebappAuthentication} who it is and records that user (with groups, tenants and the
 * applications they may open) for the webapps, in the same session.
 */
@EngineNode
@Configuration(proxyBeanMethods = false)
class WebappAuthenticationConfiguration {

	@Bean
	FilterRegistrationBean<Filter> webappAuthenticationFilter(CamundaBpmProperties camunda) {
		String webapps = camunda.getWebapp().getApplicationPath();
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
		registration.setName("tsunagari-webapp-authentication");
		registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				SpringSecurityWebappAuthentication.class.getName()));
		registration.addUrlPatterns(webapps + "/app/*", webapps + "/api/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		// right after Spring Security's chain, which has found the signed-in user (or sent them to the login page),
		// and before the webapps' own filters, which Camunda adds after the application's
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
