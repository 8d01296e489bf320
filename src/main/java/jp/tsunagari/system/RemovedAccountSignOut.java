package jp.tsunagari.system;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session does not outlive its account: at the first request of a session after each {@code interval}, the
 * signed-in user is looked up again in the identity service (the city's directory under profile {@code ldap},
 * otherwise the engine's users, as Admin edits them). Once the account is gone the session ends and the request
 * goes on unauthenticated, so a page leads to the login page, which refuses the account, and the webapps' calls get
 * 401.
 */
class RemovedAccountSignOut extends OncePerRequestFilter {

	static final String CHECKED_AT = RemovedAccountSignOut.class.getName() + ".checkedAt";

	private final IdentityService identity;

	private final Duration interval;

	private final Clock clock;

	RemovedAccountSignOut(IdentityService identity, Duration interval, Clock clock) {
		this.identity = identity;
		this.interval = interval;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (session != null && signedIn(user) && due(session)) {
			if (identity.createUserQuery().userId(user.getName()).count() == 0) {
				new SecurityContextLogoutHandler().logout(request, response, user);
			}
			else {
				session.setAttribute(CHECKED_AT, clock.instant());
			}
		}
		chain.doFilter(request, response);
	}

	private boolean due(HttpSession session) {
		Instant checkedAt = (Instant) session.getAttribute(CHECKED_AT);
		return checkedAt == null || !clock.instant().isBefore(checkedAt.plus(interval));
	}

	private static boolean signedIn(Authentication user) {
		return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
	}

}
