package jp.tsunagari.caseconference;

import static jp.tsunagari.caseconference.CaseConference.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import jp.tsunagari.referral.CaseAuditEntry;
import jp.tsunagari.referral.CasePrivacyCheck;

/**
 * Who sees a case-conference case in the whole application, queries run as each user: the case meeting
 * (つながる支援連絡会議, shimizu) sees nothing until the secretariat (sato) has recorded a basis; managers see counts.
 */
class CaseConferencePrivacyIT extends CasePrivacyCheck {

	@Test
	void theCaseMeetingSeesACaseOnlyOnceItMayBeSharedAndManagersSeeCounts() {
		String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
			.processDefinitionKey(PROCESS_KEY).latestVersion().singleResult().getId();
		ProcessInstance reported = as("tanaka", () -> engine.getFormService().submitStartForm(definitionId,
				Variables.createVariables().putValue(REPORTING_GROUP, "social-welfare-council")
					.putValue(PERSON_NAME, "仙台 太郎")
					.putValue(ISSUES, SpinValues.jsonValue("[\"HOUSING\"]").create())
					.putValue(PERSON_SITUATION, "家賃の滞納")
					.putValue(REPORTED_ON, "2026-11-23")));

		assertThat(as("tanaka", () -> caseIds(PROCESS_KEY))).containsExactly(reported.getId());
		as("sato", () -> complete(reported, Map.of(SHARING_BASIS, "NONE")));
		assertThat(as("shimizu", () -> caseIds(PROCESS_KEY))).isEmpty();
		assertThat(as("shimizu", () -> engine.getHistoryService().createHistoricVariableInstanceQuery()
			.processInstanceId(reported.getId()).count())).isZero();

		as("tanaka",
				() -> complete(reported, Map.of(CONSENT_OUTCOME, "OBTAINED", CONSENT_OBTAINED_ON, "2026-11-24")));
		as("sato", () -> complete(reported, Map.of(SHARING_BASIS, "CONSENT", BASIS_NOTE, "同意書")));
		assertThat(as("shimizu", () -> caseIds(PROCESS_KEY))).containsExactly(reported.getId());
		assertThat(as("kato", () -> caseIds(PROCESS_KEY))).isEmpty();

		ResponseEntity<String> page = rest.withBasicAuth("kato", "kato").getForEntity("/caseconference/progress",
				String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("会議待ち・検討").doesNotContain(reported.getBusinessKey(), "仙台 太郎");
		assertThat(rest.withBasicAuth("shimizu", "shimizu").getForEntity("/caseconference/progress", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(audit.entriesOf(reported.getBusinessKey())).extracting(CaseAuditEntry::actor).contains("tanaka",
				"sato");
	}

	private void complete(ProcessInstance instance, Map<String, Object> answers) {
		Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
		engine.getFormService().submitTaskForm(task.getId(), answers);
	}

}
