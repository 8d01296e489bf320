package jp.tsunagari.system;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.authentication.AuthenticationProvider;

/**
 * Signs users in to our own pages against Camunda's identity service, so Tasklist, the REST API and our pages
 * share one set of accounts (and the engine's lock-out after repeated failures). Each group becomes an authority
 * {@code GROUP_<id>}.
 */
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	static final String GROUP_PREFIX = "GROUP_";

	private final IdentityService identity;

	CamundaIdentityAuthenticationProvider(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (username == null || username.isBlank() || credentials == null
				|| !identity.checkPassword(username, credentials.toString())) {
			throw new BadCredentialsException("ユーザー名またはパスワードが正しくありません");
		}
		List<SimpleGrantedAuthority> authorities = identity.createGroupQuery()
			.groupMember(username)
			.list()
			.stream()
			.map(group -> new SimpleGrantedAuthority(GROUP_PREFIX + group.getId()))
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
