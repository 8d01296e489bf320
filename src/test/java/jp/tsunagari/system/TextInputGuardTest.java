package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TextInputGuardTest {

	private final TextInputGuard guard = new TextInputGuard();

	@Test
	void aControlCharacterOrAnUnreadableByteIsRefusedNamingTheParameterAndReachesNoFeature() throws Exception {
		for (String bad : new String[] { "山田\u0000太郎", "山田\u001b太郎", "山田\uFFFD太郎", "\u007f" }) {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/public/events/x/register");
			request.addParameter("email", "a@example.jp");
			request.addParameter("name", bad);
			MockHttpServletResponse response = new MockHttpServletResponse();
			MockFilterChain chain = new MockFilterChain();

			guard.doFilter(request, response, chain);

			assertThat(response.getStatus()).as(bad).isEqualTo(400);
			assertThat(response.getContentAsString()).startsWith("「name」に使えない文字");
			assertThat(chain.getRequest()).isNull();
		}
	}

	@Test
	void textWithLineBreaksPassesInNormalisationFormNfc() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/public/events/x/questionnaire");
		// が typed as か + combining voiced mark, as some keyboards and macOS file names produce it
		request.addParameter("comment", "参加してよかった\r\nか\u3099んばります\t！");
		MockFilterChain chain = new MockFilterChain();

		guard.doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest().getParameter("comment")).isEqualTo("参加してよかった\r\nがんばります\t！");
		assertThat(chain.getRequest().getParameterMap().get("comment")).containsExactly("参加してよかった\r\nがんばります\t！");
	}

	@Test
	void theCamundaWebappsAndRestApiAreLeftToTheirOwnChecks() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task/1/complete");
		request.setRequestURI("/engine-rest/task/1/complete");
		request.addParameter("x", "\u0000");
		MockFilterChain chain = new MockFilterChain();

		guard.doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isSameAs(request);
	}

}
