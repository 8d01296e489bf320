package jp.tsunagari.referral;

import static jp.tsunagari.referral.NabariReferral.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Who sees a referral case, in the whole application with the demo directory and the engine's authorization checks
 * on: every query below runs as the user (TaskService, RuntimeService, HistoryService with the user's groups), the
 * way Tasklist, Cockpit and the REST API run them. District 3 (ito) never sees a district 5 case; the education
 * area director (nakamura) sees only education cases; a case whose consent was refused never reaches layer 3;
 * managers and analysts see no case; every change is in TSG_CASE_AUDIT.
 */
class ReferralPrivacyIT extends CasePrivacyCheck {

	private ReferralDriver driver;

	@BeforeEach
	void driver() {
		driver = new ReferralDriver(engine);
	}

	@Test
	void onlyTheGroupsOfACaseSeeItAndNothingLeavesTheDistrictWithoutConsent() {
		ProcessInstance education = as("kimura", () -> driver.report("03", "WELFARE_COMMISSIONER"));
		ProcessInstance refused = as("yamamoto", () -> driver.report("05", "RESIDENT"));
		ProcessInstance elderly = as("ito", () -> driver.report("03", "RESIDENT"));

		// case numbers from the TSG_CASE_NUMBER counter are the business keys, never a name
		assertThat(List.of(education, refused, elderly)).extracting(ProcessInstance::getBusinessKey)
			.allMatch(key -> key.matches("R-\\d{4}-\\d{4}")).doesNotHaveDuplicates();
		// the reporter hands the case over and does not keep it
		assertThat(as("kimura", () -> caseIds(PROCESS_KEY))).isEmpty();
		// the まちの保健室 of district 3 sees its cases, not district 5's, in every query
		assertThat(as("ito", () -> taskCaseIds())).containsExactlyInAnyOrder(education.getId(), elderly.getId());
		assertThat(as("ito", () -> caseIds(PROCESS_KEY))).containsExactlyInAnyOrder(education.getId(), elderly.getId());
		assertThat(as("ito", () -> historicCaseIds())).containsExactlyInAnyOrder(education.getId(), elderly.getId());
		assertThat(as("ito", () -> variableCount(refused))).isZero();
		assertThatThrownBy(() -> as("ito", () -> engine.getRuntimeService().getVariables(refused.getId())))
			.isInstanceOf(AuthorizationException.class);
		assertThat(as("yamamoto", () -> caseIds(PROCESS_KEY))).containsExactly(refused.getId());

		as("ito", () -> intake(education, "ESCALATE", CONSENT_GIVEN, "SCHOOL"));
		as("ito", () -> intake(elderly, "ESCALATE", CONSENT_LEGAL_BASIS, "ELDERLY_CARE"));
		as("yamamoto", () -> intake(refused, "ESCALATE", CONSENT_REFUSED, "SCHOOL"));

		// layer 3 sees only the cases routed to its field, after consent
		assertThat(as("nakamura", () -> caseIds(PROCESS_KEY))).containsExactly(education.getId());
		assertThat(as("nakamura", () -> historicCaseIds())).containsExactly(education.getId());
		assertThat(as("kobayashi", () -> caseIds(PROCESS_KEY))).containsExactly(elderly.getId());
		assertThat(as("watanabe", () -> caseIds(PROCESS_KEY))).containsExactlyInAnyOrder(education.getId(),
				elderly.getId());
		// the refused case: no task, no grant, no history beyond district 5
		for (String user : List.of("nakamura", "kobayashi", "watanabe", "kato", "yoshida")) {
			assertThat(as(user, () -> taskCaseIds())).as(user).doesNotContain(refused.getId());
			assertThat(as(user, () -> historicCaseIds())).as(user).doesNotContain(refused.getId());
			assertThat(as(user, () -> variableCount(refused))).as(user).isZero();
		}
		assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(refused.getId()).list())
			.extracting(row -> row.getGroupId()).containsOnly("machi-hokenshitsu-05");

		// managers and analysts see no case, nor the meeting whose agenda names the cases (counts: CountsOnlyIT)
		assertThat(as("kato", () -> caseIds(PROCESS_KEY))).isEmpty();
		assertThat(as("kato", () -> historicCaseIds())).isEmpty();
		assertThat(as("yoshida", () -> historicCaseIds())).isEmpty();
		assertThat(as("kato", () -> engine.getRuntimeService().createProcessInstanceQuery()
			.processDefinitionKey(MEETING_PROCESS_KEY).count())).isZero();

		// reads are audited too: Tasklist's form variables, the variables of the instance, the history
		String localSupport = as("yamamoto", () -> engine.getTaskService().createTaskQuery()
			.processInstanceId(refused.getId()).singleResult()).getId();
		as("yamamoto", () -> engine.getFormService().getTaskFormVariables(localSupport));
		as("nakamura", () -> engine.getRuntimeService().getVariables(education.getId()));
		as("kobayashi", () -> engine.getHistoryService().createHistoricVariableInstanceQuery()
			.processInstanceId(elderly.getId()).list());
		assertThat(audit.entriesOf(education.getBusinessKey())).filteredOn(entry -> "READ".equals(entry.action()))
			.extracting(CaseAuditEntry::actor, CaseAuditEntry::detail)
			.contains(org.assertj.core.groups.Tuple.tuple("nakamura", "GetExecutionVariablesCmd"));
		assertThat(audit.entriesOf(elderly.getBusinessKey())).filteredOn(entry -> "READ".equals(entry.action()))
			.extracting(CaseAuditEntry::actor).contains("kobayashi");
		assertThat(audit.entriesOf(refused.getBusinessKey())).filteredOn(entry -> "READ".equals(entry.action()))
			.extracting(CaseAuditEntry::actor, CaseAuditEntry::detail)
			.contains(org.assertj.core.groups.Tuple.tuple("yamamoto", "GetTaskFormVariablesCmd"))
			.extracting(tuple -> tuple.toList().get(0))
			.doesNotContain("nakamura", "kobayashi", "watanabe", "kato", "yoshida");

		assertThat(audit.entriesOf(education.getBusinessKey()))
			.extracting(CaseAuditEntry::actor, CaseAuditEntry::action)
			.contains(org.assertj.core.groups.Tuple.tuple("kimura", "CASE_OPENED"),
					org.assertj.core.groups.Tuple.tuple("ito", "TASK_COMPLETED"),
					org.assertj.core.groups.Tuple.tuple("ito", "ACCESS_GRANTED"),
					org.assertj.core.groups.Tuple.tuple("ito", "TABLED"));
		assertThat(audit.entriesOf(education.getBusinessKey())).extracting(CaseAuditEntry::detail)
			.contains("area-director-education").doesNotContain("area-director-elderly");
	}

	@Test
	void managersSeeCountsPerDistrictAndStepButNoCase() {
		ProcessInstance referral = as("hayashi", () -> driver.report("07", "LINK_WORKER"));

		ResponseEntity<String> page = rest.withBasicAuth("kato", "kato").getForEntity("/referral/progress", String.class);

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("第07地区", "受付・アセスメント")
			.doesNotContain(referral.getBusinessKey(), "名張 花子", "新聞がたまっている", "鈴木 一郎");
		assertThat(rest.withBasicAuth("hayashi", "hayashi").getForEntity("/referral/progress", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		// a model holding personal data deployed while the application runs is not granted to managers either
		engine.getRepositoryService().createDeployment().addString("personal-later.bpmn", """
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
				  <bpmn:process id="personal-later" isExecutable="true" camunda:historyTimeToLive="1">
				    <bpmn:extensionElements><camunda:properties>
				      <camunda:property name="personal-data" value="true" /></camunda:properties></bpmn:extensionElements>
				    <bpmn:startEvent id="Start" /><bpmn:sequenceFlow id="F" sourceRef="Start" targetRef="Wait" />
				    <bpmn:receiveTask id="Wait" />
				  </bpmn:process>
				</bpmn:definitions>""").deploy();
		engine.getRuntimeService().startProcessInstanceByKey("personal-later");
		assertThat(as("kato", () -> engine.getRuntimeService().createProcessInstanceQuery()
			.processDefinitionKey("personal-later").count())).isZero();
		// bad input from a client: 400 naming the field, and no case
		HttpHeaders json = new HttpHeaders();
		json.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> refused = rest.withBasicAuth("hayashi", "hayashi").postForEntity(
				"/engine-rest/process-definition/key/" + PROCESS_KEY + "/submit-form", new HttpEntity<>("""
						{"variables": {"district": {"value": "99"}, "reporterType": {"value": "LINK_WORKER"}}}""",
						json), String.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody()).contains("district");
		// counting is the application's own read: no person read the case
		assertThat(audit.entriesOf(referral.getBusinessKey())).extracting(CaseAuditEntry::action)
			.doesNotContain("READ");
	}

	private void intake(ProcessInstance referral, String resolution, String consent, String need) {
		driver.intake(referral, resolution, consent, need);
	}

	private List<String> historicCaseIds() {
		return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
			.list().stream().map(HistoricProcessInstance::getId).toList();
	}

	private List<String> taskCaseIds() {
		return engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY).list().stream()
			.map(Task::getProcessInstanceId).toList();
	}

	private long variableCount(ProcessInstance referral) {
		return engine.getHistoryService().createHistoricVariableInstanceQuery()
			.processInstanceId(referral.getId()).count();
	}

}
