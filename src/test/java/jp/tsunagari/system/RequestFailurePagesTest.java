package jp.tsunagari.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.sql.SQLTransientConnectionException;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

class RequestFailurePagesTest {

	private final MockMvc pages = MockMvcBuilders.standaloneSetup(new FailingPages())
		.setControllerAdvice(new RequestFailurePages())
		.build();

	@Test
	void aFormPostedWithoutItsFileIs400NamingTheField() throws Exception {
		pages.perform(post("/import").contentType("application/x-www-form-urlencoded").content("file=x"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("message", "送信するファイル（file）を選んでください。"));
	}

	@Test
	void aDatabaseThatCannotBeReachedIs503() throws Exception {
		pages.perform(get("/jdbc")).andExpect(status().isServiceUnavailable()).andExpect(view().name("error"));
		pages.perform(get("/engine")).andExpect(status().isServiceUnavailable()).andExpect(view().name("error"));
		// found by the outage suite: a page whose transaction cannot begin (/progress) answered 500
		pages.perform(get("/transaction")).andExpect(status().isServiceUnavailable()).andExpect(view().name("error"));
	}

	@Test
	void anyOtherEngineFailureKeepsItsOwnHandling() throws Exception {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> pages.perform(get("/refused")))
			.hasCauseInstanceOf(AuthorizationException.class);
	}

	@RestController
	static class FailingPages {

		@PostMapping("/import")
		String importFile(@RequestParam("file") MultipartFile file) {
			return file.getOriginalFilename();
		}

		@GetMapping("/jdbc")
		String jdbc() {
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
					new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
		}

		@GetMapping("/transaction")
		String transaction() {
			throw new org.springframework.transaction.CannotCreateTransactionException(
					"Could not open JDBC Connection for transaction",
					new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
		}

		@GetMapping("/engine")
		String engine() {
			throw new ProcessEngineException("could not query", new PersistenceException(
					new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));
		}

		@GetMapping("/refused")
		String refused() {
			throw new AuthorizationException("not yours");
		}

	}

}
