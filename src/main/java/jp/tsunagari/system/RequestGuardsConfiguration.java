package jp.tsunagari.system;

import java.time.Clock;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Guards in front of our pages, whichever feature serves them: the text check of every page and the abuse protection
 * of the pages without sign-in; and the Japanese answer to a claim that lost a race, in both REST APIs.
 */
@EngineNode
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestGuardsConfiguration.PublicPageProperties.class)
class RequestGuardsConfiguration {

	@Bean
	FilterRegistrationBean<PublicPageGuard> publicPageGuard(PublicPageProperties properties) {
		FilterRegistrationBean<PublicPageGuard> registration = new FilterRegistrationBean<>(
				new PublicPageGuard(properties.rateLimitPerMinute(), Clock.systemUTC()));
		registration.addUrlPatterns("/public/*");
		return registration;
	}

	@Bean
	FilterRegistrationBean<TextInputGuard> textInputGuard() {
		return new FilterRegistrationBean<>(new TextInputGuard());
	}

	/**
	 * In front of the claims of both REST APIs (Camunda's, and the Tasklist's under the webapps' path), right after
	 * Spring Security's chain: a request that reaches it was let in, and a failure it sees came from the engine.
	 */
	@Bean
	FilterRegistrationBean<TaskClaimConflicts> taskClaimConflicts(TaskService tasks, JerseyApplicationPath restApiPath,
			CamundaBpmProperties camunda) {
		FilterRegistrationBean<TaskClaimConflicts> registration = new FilterRegistrationBean<>(
				new TaskClaimConflicts(new CamundaTaskAssignments(tasks)));
		registration.addUrlPatterns(restApiPath.getRelativePath("/task/*"),
				camunda.getWebapp().getApplicationPath() + "/api/engine/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
		return registration;
	}

	/**
	 * In front of Spring Security's chain on both REST APIs: a database or directory that cannot be reached while a
	 * client signs in is 503, not 500.
	 */
	@Bean
	FilterRegistrationBean<UnreachableBackendRequests> unreachableBackendRequests(JerseyApplicationPath restApiPath,
			CamundaBpmProperties camunda) {
		FilterRegistrationBean<UnreachableBackendRequests> registration = new FilterRegistrationBean<>(
				new UnreachableBackendRequests());
		registration.addUrlPatterns(restApiPath.getUrlMapping(), camunda.getWebapp().getApplicationPath() + "/api/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	/** @param rateLimitPerMinute requests one client address may make to the public pages per minute */
	@ConfigurationProperties("tsunagari.public-pages")
	record PublicPageProperties(@DefaultValue("30") int rateLimitPerMinute) {
	}

}
