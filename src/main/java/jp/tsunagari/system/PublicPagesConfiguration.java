package jp.tsunagari.system;

import java.time.Clock;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One guard for every page without sign-in, whichever feature serves it. */
@EngineNode
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicPagesConfiguration.PublicPageProperties.class)
class PublicPagesConfiguration {

	@Bean
	FilterRegistrationBean<PublicPageGuard> publicPageGuard(PublicPageProperties properties) {
		FilterRegistrationBean<PublicPageGuard> registration = new FilterRegistrationBean<>(
				new PublicPageGuard(properties.rateLimitPerMinute(), Clock.systemUTC()));
		registration.addUrlPatterns("/public/*");
		return registration;
	}

	/** @param rateLimitPerMinute requests one client address may make to the public pages per minute */
	@ConfigurationProperties("tsunagari.public-pages")
	record PublicPageProperties(@DefaultValue("30") int rateLimitPerMinute) {
	}

}
