package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class RemovedAccountSignOutTest {

	private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

	private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);

	private final MockHttpSession session = new MockHttpSession();

	@AfterEach
	void clearContext() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anExistingAccountIsLookedUpOncePerInterval() throws Exception {
		when(identity.createUserQuery().userId("sato").count()).thenReturn(1L);

		request(NOW);
		request(NOW.plus(Duration.ofMinutes(4)));
		request(NOW.plus(Duration.ofMinutes(5)));

		verify(identity.createUserQuery().userId("sato"), times(2)).count();
		assertThat(session.isInvalid()).isFalse();
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
	}

	@Test
	void aRemovedAccountEndsTheSessionAndTheRequestGoesOnSignedOut() throws Exception {
		when(identity.createUserQuery().userId("sato").count()).thenReturn(0L);

		MockFilterChain chain = request(NOW);

		assertThat(session.isInvalid()).isTrue();
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
		assertThat(chain.getRequest()).as("the request goes on, unauthenticated").isNotNull();
	}

	private MockFilterChain request(Instant at) throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("sato", null, List.of()));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setSession(session);
		MockFilterChain chain = new MockFilterChain();
		new RemovedAccountSignOut(identity, Duration.ofMinutes(5), Clock.fixed(at, ZoneOffset.UTC))
			.doFilter(request, new MockHttpServletResponse(), chain);
		return chain;
	}

}
