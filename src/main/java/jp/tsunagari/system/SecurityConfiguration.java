package jp.tsunagari.system;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Everything needs a signed-in user except health probes, the login page, static assets and the public pages under
 * {@code /public/} (survey answers through a personal link, event registration), which keep CSRF protection.
 * <ul>
 * <li>Camunda's webapps (/camunda) have their own login, session and CSRF protection; the REST API (/engine-rest)
 * is guarded by Camunda's HTTP Basic filter, which also lets the engine check authorizations per caller.</li>
 * <li>Our own pages and the actuator use Spring Security against the same Camunda accounts. Which groups may
 * open a feature's pages is the feature's to say, in a {@link PageAccess} bean beside its controller.</li>
 * </ul>
 */
@EngineNode
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	@Bean
	@Order(1)
	SecurityFilterChain camundaWebappsAndRestApi(HttpSecurity http) throws Exception {
		// path matchers that do not depend on Spring MVC: /engine-rest is served by Jersey, not the DispatcherServlet
		return http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/camunda/**"), PATHS.matcher("/engine-rest/**")))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.build();
	}

	/** One sign-in against Camunda's accounts, shared by the chains below. */
	@Bean
	CamundaIdentityAuthenticationProvider camundaAccounts(ProcessEngine engine) {
		return new CamundaIdentityAuthenticationProvider(engine.getIdentityService());
	}

	/** Monitoring endpoints answer machines: 401 instead of a login page, no session. */
	@Bean
	@Order(2)
	SecurityFilterChain actuator(HttpSecurity http, CamundaIdentityAuthenticationProvider camundaAccounts)
			throws Exception {
		return http.securityMatcher(PATHS.matcher("/actuator/**"))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(PATHS.matcher("/actuator/health"), PATHS.matcher("/actuator/health/**"))
				.permitAll()
				.anyRequest()
				.authenticated())
			.authenticationProvider(camundaAccounts)
			.httpBasic(Customizer.withDefaults())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain application(HttpSecurity http, CamundaIdentityAuthenticationProvider camundaAccounts,
			ObjectProvider<PageAccess> featurePages) throws Exception {
		return http.authorizeHttpRequests(requests -> {
			requests.requestMatchers(matchers(List.of("/login", "/error", "/css/**", "/webjars/**", "/favicon.ico",
					"/public/**")))
				.permitAll();
			// the groups each feature names for its own pages
			featurePages.orderedStream()
				.forEach(pages -> requests.requestMatchers(matchers(pages.paths())).hasAnyAuthority(authorities(pages)));
			requests.anyRequest().authenticated();
		})
			// JSON clients get 401, not the login page
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
					new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), PATHS.matcher("/api/**")))
			.authenticationProvider(camundaAccounts)
			.formLogin(login -> login.loginPage("/login").permitAll())
			.httpBasic(Customizer.withDefaults())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.build();
	}

	/**
	 * Path matchers rather than Spring MVC's: they also decide for the start page's menu, which asks these rules
	 * about a page (sec:authorize-url) outside a request to it.
	 */
	private static RequestMatcher[] matchers(List<String> paths) {
		return paths.stream().map(PATHS::matcher).toArray(RequestMatcher[]::new);
	}

	private static String[] authorities(PageAccess pages) {
		return pages.groups()
			.stream()
			.map(group -> CamundaIdentityAuthenticationProvider.GROUP_PREFIX + group)
			.toArray(String[]::new);
	}

}
