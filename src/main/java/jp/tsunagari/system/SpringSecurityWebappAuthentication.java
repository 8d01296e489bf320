package jp.tsunagari.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells Camunda's webapps (through its {@code ContainerBasedAuthenticationFilter}) who signed in on our login
 * page: the user of Spring Security's context. Groups and tenants are left out on purpose, so that Camunda reads
 * them from its identity service, as its own login does, together with the applications the user may open.
 * Camunda creates this class by name, hence public with a constructor without arguments.
 */
public class SpringSecurityWebappAuthentication implements AuthenticationProvider {

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken
				|| user.getName() == null || user.getName().isBlank()) {
			return AuthenticationResult.unsuccessful();
		}
		return AuthenticationResult.successful(user.getName());
	}

	/** Nothing to add: Spring Security's chain has already sent anyone not signed in to the login page. */
	@Override
	public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
	}

}
