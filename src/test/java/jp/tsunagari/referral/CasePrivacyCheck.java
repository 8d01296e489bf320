package jp.tsunagari.referral;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the ITs that check who sees a case: the whole application with the demo directory and the engine's
 * authorization checks on, engine calls run as a user of the directory with the user's groups (the way Tasklist,
 * Cockpit and the REST API run them), the case audit, and our pages over HTTP.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@ActiveProfiles({ "demo", "test" })
public abstract class CasePrivacyCheck {

	@Autowired
	protected ProcessEngine engine;

	@Autowired
	protected CaseAudit audit;

	@Autowired
	protected TestRestTemplate rest;

	@AfterEach
	void signOut() {
		engine.getIdentityService().clearAuthentication();
	}

	protected <T> T as(String user, Supplier<T> action) {
		return new EngineUser(engine).as(user, action);
	}

	protected void as(String user, Runnable action) {
		new EngineUser(engine).as(user, action);
	}

	/** The running instances of the process that the signed-in user may read. */
	protected List<String> caseIds(String processKey) {
		return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey).list()
			.stream().map(ProcessInstance::getId).toList();
	}

}
