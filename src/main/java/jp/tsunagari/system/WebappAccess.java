package jp.tsunagari.system;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;

import org.springframework.security.core.Authentication;

/**
 * Which of Camunda's webapps a signed-in user may open: the same question Camunda asks at their sign-in (ACCESS
 * on the APPLICATION), so the start page offers exactly the webapps that will not refuse the user.
 */
class WebappAccess {

	static final List<String> WEBAPPS = List.of("tasklist", "cockpit", "admin");

	private final ProcessEngine engine;

	WebappAccess(ProcessEngine engine) {
		this.engine = engine;
	}

	Set<String> openTo(Authentication user) {
		if (!engine.getProcessEngineConfiguration().isAuthorizationEnabled()) {
			return Set.copyOf(WEBAPPS);
		}
		List<String> groups = SignedInGroups.of(user);
		return WEBAPPS.stream()
			.filter(webapp -> engine.getAuthorizationService()
				.isUserAuthorized(user.getName(), groups, Permissions.ACCESS, Resources.APPLICATION, webapp))
			.collect(Collectors.toSet());
	}

}
