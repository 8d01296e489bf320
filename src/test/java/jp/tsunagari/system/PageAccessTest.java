package jp.tsunagari.system;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A feature's {@link PageAccess} bean is what guards its pages: the security configuration with a made-up feature
 * whose reports are for one group, and the same answers our pages give (403 for a signed-in user outside the group,
 * the login page for an anonymous visitor, 401 under /api/), while pages without a rule stay open to any signed-in
 * user.
 */
@WebMvcTest(controllers = PageAccessTest.ReportPages.class)
@Import({ SecurityConfiguration.class, PageAccessTest.ReportPages.class, PageAccessTest.ReportAccess.class })
class PageAccessTest {

	// the sign-in provider's; the requests below come signed in already, with an account the identity service knows
	@MockitoBean(answers = Answers.RETURNS_DEEP_STUBS)
	private ProcessEngine engine;

	@BeforeEach
	void everyAccountExists() {
		when(engine.getIdentityService().createUserQuery().userId(anyString()).count()).thenReturn(1L);
	}

	@Autowired
	private MockMvc mvc;

	@Test
	void membersOfTheGroupOpenThePages() throws Exception {
		mvc.perform(get("/reports/monthly").with(memberOf("auditors"))).andExpect(status().isOk());
		mvc.perform(get("/api/reports/monthly").with(memberOf("managers", "auditors"))).andExpect(status().isOk());
	}

	@Test
	void otherSignedInUsersGet403() throws Exception {
		mvc.perform(get("/reports/monthly").with(memberOf("managers"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/reports/monthly").with(memberOf())).andExpect(status().isForbidden());
	}

	@Test
	void anonymousVisitorsAreAskedToSignIn() throws Exception {
		mvc.perform(get("/reports/monthly").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
		mvc.perform(get("/api/reports/monthly")).andExpect(status().isUnauthorized());
	}

	@Test
	void pagesWithoutARuleNeedOnlyASignedInUser() throws Exception {
		mvc.perform(get("/notices").with(memberOf())).andExpect(status().isOk());
		mvc.perform(get("/notices").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
	}

	private static RequestPostProcessor memberOf(String... groups) {
		return user("tester").authorities(Stream.of(groups)
			.map(group -> new SimpleGrantedAuthority(CamundaIdentityAuthenticationProvider.GROUP_PREFIX + group))
			.toList());
	}

	@RestController
	static class ReportPages {

		@GetMapping({ "/reports/monthly", "/api/reports/monthly", "/notices" })
		String page() {
			return "ok";
		}

	}

	/** What a feature declares beside its controller. */
	@TestConfiguration(proxyBeanMethods = false)
	static class ReportAccess {

		@Bean
		PageAccess reportPages() {
			return new PageAccess(List.of("/reports/**", "/api/reports/**"), List.of("auditors"));
		}

	}

}
