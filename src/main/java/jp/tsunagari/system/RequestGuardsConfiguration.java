package jp.tsunagari.system;

import java.time.Clock;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Guards in front of our pages, whichever feature serves them: the text check of every page and the abuse protection
 * of the pages without sign-in.
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

	/** @param rateLimitPerMinute requests one client address may make to the public pages per minute */
	@ConfigurationProperties("tsunagari.public-pages")
	record PublicPageProperties(@DefaultValue("30") int rateLimitPerMinute) {
	}

}
