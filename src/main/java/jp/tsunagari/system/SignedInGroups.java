package jp.tsunagari.system;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The directory groups of a user signed in on our login page (their authorities {@code GROUP_<id>}). */
public final class SignedInGroups {

	private SignedInGroups() {
	}

	public static List<String> of(Authentication user) {
		return user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith(CamundaIdentityAuthenticationProvider.GROUP_PREFIX))
			.map(authority -> authority.substring(CamundaIdentityAuthenticationProvider.GROUP_PREFIX.length()))
			.toList();
	}

}
