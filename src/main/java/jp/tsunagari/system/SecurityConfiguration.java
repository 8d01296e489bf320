package jp.tsunagari.system;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Everything needs a signed-in user except health probes, the login page, static assets and the public pages under
 * {@code /public/} (survey answers through a personal link, event registration), which keep CSRF protection.
 * <ul>
 * <li>One sign-in, on our login page, for our pages and Camunda's webapps (/camunda): the webapps take the user
 * from our session ({@link WebappAuthenticationConfiguration}), their own login form is never used, and signing out
 * on either side ends the one session. The webapps keep their own CSRF protection and security headers.</li>
 * <li>The REST API (/engine-rest) is guarded by Camunda's HTTP Basic filter, which also lets the engine check
 * authorizations per caller; its clients (workers, other systems) hold no session.</li>
 * <li>Our own pages and the actuator use Spring Security against the Camunda accounts. Which groups may open a
 * feature's pages is the feature's to say, in a {@link PageAccess} bean beside its controller.</li>
 * </ul>
 */
@EngineNode
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	/** Camunda's webapps, {@code camunda.bpm.webapp.application-path}. */
	private static final String WEBAPPS = "/camunda";

	private static final String LOGIN_PAGE = "/login";

	private final RemovedAccountSignOut removedAccounts;

	SecurityConfiguration(ProcessEngine engine,
			@Value("${tsunagari.sign-in.account-check-interval}") Duration accountCheckInterval) {
		this.removedAccounts = new RemovedAccountSignOut(engine.getIdentityService(), accountCheckInterval,
				Clock.systemUTC());
	}

	@Bean
	@Order(1)
	SecurityFilterChain restApi(HttpSecurity http) throws Exception {
		// a path matcher that does not depend on Spring MVC: /engine-rest is served by Jersey, not the DispatcherServlet
		return http.securityMatcher(PATHS.matcher("/engine-rest/**"))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.build();
	}

	/**
	 * Tasklist, Cockpit and Admin for signed-in users only: a page sends anyone else to our login page, which brings
	 * them back after the sign-in; the webapps' own calls (/camunda/api) get 401, on which the webapps reload and so
	 * land on the login page too (webjars/camunda/app/tsunagari-sign-in.js). The webapps' login endpoint is closed:
	 * one sign-in only.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
		return http.securityMatcher(PATHS.matcher(WEBAPPS + "/**"))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(PATHS.matcher(HttpMethod.POST, WEBAPPS + "/api/admin/auth/user/*/login/**"))
				.denyAll()
				.anyRequest()
				.authenticated())
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						PATHS.matcher(WEBAPPS + "/api/**"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE),
						AnyRequestMatcher.INSTANCE))
			.addFilterBefore(removedAccounts, AnonymousAuthenticationFilter.class)
			.addFilterAfter(new WebappSignOut(PATHS.matcher(HttpMethod.POST, WEBAPPS + "/api/admin/auth/user/*/logout")),
					AuthorizationFilter.class)
			// Camunda's CsrfPreventionFilter guards the webapps' calls and its header filter sets their headers
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.disable())
			.build();
	}

	/** One sign-in against Camunda's accounts, shared by the chains below. */
	@Bean
	CamundaIdentityAuthenticationProvider camundaAccounts(ProcessEngine engine) {
		return new CamundaIdentityAuthenticationProvider(engine.getIdentityService());
	}

	/** Monitoring endpoints answer machines: 401 instead of a login page, no session. */
	@Bean
	@Order(3)
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
	@Order(4)
	SecurityFilterChain application(HttpSecurity http, CamundaIdentityAuthenticationProvider camundaAccounts,
			ObjectProvider<PageAccess> featurePages) throws Exception {
		return http.authorizeHttpRequests(requests -> {
			requests.requestMatchers(matchers(List.of(LOGIN_PAGE, "/error", "/css/**", "/webjars/**", "/favicon.ico",
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
			.addFilterBefore(removedAccounts, AnonymousAuthenticationFilter.class)
			.formLogin(login -> login.loginPage(LOGIN_PAGE).permitAll())
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
