package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PublicPageGuardTest {

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2024-01-10T00:00:00Z"));

	private final Clock clock = new Clock() {
		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now.get();
		}
	};

	private final PublicPageGuard limiter = new PublicPageGuard(3, clock);

	@Test
	void anAddressGetsItsRequestsPerMinuteThen429UntilTheNextMinute() throws Exception {
		assertThat(statuses("192.0.2.1", 4)).containsExactly(200, 200, 200, 429);
		assertThat(statuses("192.0.2.2", 1)).containsExactly(200);
		now.set(now.get().plusSeconds(60));
		assertThat(statuses("192.0.2.1", 1)).containsExactly(200);
	}

	@Test
	void signedInStaffTypingPaperAnswersAreNotCounted() throws Exception {
		for (int i = 0; i < 10; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/public/events/x/questionnaire");
			request.setRemoteAddr("192.0.2.9");
			request.setUserPrincipal(() -> "sato");
			MockHttpServletResponse response = new MockHttpServletResponse();
			limiter.doFilter(request, response, new MockFilterChain());
			assertThat(response.getStatus()).isEqualTo(200);
		}
		assertThat(statuses("192.0.2.9", 4)).containsExactly(200, 200, 200, 429);
	}

	@Test
	void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/public/survey/x");
		request.setContent(new byte[PublicPageGuard.MAX_BODY_BYTES + 1]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		limiter.doFilter(request, response, chain);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(chain.getRequest()).isNull();
		assertThat(response.getContentAsString()).contains("大きすぎます");
	}

	@Test
	void aChunkedBodyWhoseLengthIsUnknownIsRefusedUnread() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/public/events/x/register");
		request.addHeader("Transfer-Encoding", "chunked");
		request.setContent(new byte[200 * 1024]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		limiter.doFilter(request, response, chain);
		assertThat(response.getStatus()).isEqualTo(411);
		assertThat(chain.getRequest()).isNull();
	}

	private int[] statuses(String address, int requests) throws Exception {
		int[] statuses = new int[requests];
		for (int i = 0; i < requests; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/public/survey/x");
			request.setRemoteAddr(address);
			MockHttpServletResponse response = new MockHttpServletResponse();
			limiter.doFilter(request, response, new MockFilterChain());
			statuses[i] = response.getStatus();
		}
		return statuses;
	}

}
