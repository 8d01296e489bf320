package jp.tsunagari.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signing out in Tasklist, Cockpit or Admin signs out everywhere. The webapps' log-out only forgets their own
 * record of the user, which Camunda's container-based filter would recreate from our session at the next click;
 * once it has succeeded (after the webapps' own CSRF check), this ends our session too, and with it the webapps'.
 */
class WebappSignOut extends OncePerRequestFilter {

	private final RequestMatcher webappLogout;

	WebappSignOut(RequestMatcher webappLogout) {
		this.webappLogout = webappLogout;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !webappLogout.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		if (response.getStatus() < 300) {
			new SecurityContextLogoutHandler().logout(request, response,
					SecurityContextHolder.getContext().getAuthentication());
		}
	}

}
