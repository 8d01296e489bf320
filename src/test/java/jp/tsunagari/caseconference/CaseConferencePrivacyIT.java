package jp.tsunagari.caseconference;

import static jp.tsunagari.caseconference.CaseConference.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import jp.tsunagari.referral.CaseAudit;
import jp.tsunagari.referral.CaseAuditEntry;
import jp.tsunagari.referral.EngineUser;

/**
 * Who sees a case-conference case in the whole application, queries run as each user: the case meeting
 * (つながる支援連絡会議, shimizu) sees nothing until the secretariat (sato) has recorded a basis; managers see counts.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@ActiveProfiles({ "demo", "test" })
class CaseConferencePrivacyIT {

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private CaseAudit audit;

	@Autowired
	private TestRestTemplate rest;

	@Test
	void theCaseMeetingSeesACaseOnlyOnceItMayBeSharedAndManagersSeeCounts() {
		EngineUser users = new EngineUser(engine);
		String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
			.processDefinitionKey(PROCESS_KEY).latestVersion().singleResult().getId();
		ProcessInstance reported = users.as("tanaka", () -> engine.getFormService().submitStartForm(definitionId,
				Variables.createVariables().putValue(REPORTING_GROUP, "social-welfare-council")
					.putValue(PERSON_NAME, "仙台 太郎")
					.putValue(ISSUES, SpinValues.jsonValue("[\"HOUSING\"]").create())
					.putValue(PERSON_SITUATION, "家賃の滞納")
					.putValue(REPORTED_ON, "2026-11-23")));

		assertThat(users.as("tanaka", () -> caseIds())).containsExactly(reported.getId());
		users.as("sato", () -> complete(reported, Map.of(SHARING_BASIS, "NONE")));
		assertThat(users.as("shimizu", () -> caseIds())).isEmpty();
		assertThat(users.as("shimizu", () -> engine.getHistoryService().createHistoricVariableInstanceQuery()
			.processInstanceId(reported.getId()).count())).isZero();

		users.as("tanaka", () -> complete(reported, Map.of(CONSENT_OUTCOME, "OBTAINED", CONSENT_OBTAINED_ON, "2026-11-24")));
		users.as("sato", () -> complete(reported, Map.of(SHARING_BASIS, "CONSENT", BASIS_NOTE, "同意書")));
		assertThat(users.as("shimizu", () -> caseIds())).containsExactly(reported.getId());
		assertThat(users.as("kato", () -> caseIds())).isEmpty();

		ResponseEntity<String> page = rest.withBasicAuth("kato", "kato").getForEntity("/caseconference/progress",
				String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("会議待ち・検討").doesNotContain(reported.getBusinessKey(), "仙台 太郎");
		assertThat(rest.withBasicAuth("shimizu", "shimizu").getForEntity("/caseconference/progress", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(audit.entriesOf(reported.getBusinessKey())).extracting(CaseAuditEntry::actor).contains("tanaka",
				"sato");
	}

	private List<String> caseIds() {
		return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list()
			.stream().map(ProcessInstance::getId).toList();
	}

	private void complete(ProcessInstance instance, Map<String, Object> answers) {
		Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
		engine.getFormService().submitTaskForm(task.getId(), answers);
	}

}
