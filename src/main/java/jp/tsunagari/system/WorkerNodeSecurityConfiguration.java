package jp.tsunagari.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** A worker node serves its health probes and nothing else. */
@Configuration(proxyBeanMethods = false)
@Profile(EngineNode.WORKER_PROFILE)
class WorkerNodeSecurityConfiguration {

	@Bean
	SecurityFilterChain healthOnly(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.denyAll())
			.csrf(csrf -> csrf.disable())
			.build();
	}

}
