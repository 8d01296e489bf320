package jp.tsunagari.referral;

import static jp.tsunagari.referral.NabariReferral.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/**
 * Consent withdrawn at a re-assessment withdraws access: a case escalated with consent (the 地域包括支援センター and
 * the education area director worked on it, each claiming a task) comes back to the まちの保健室 for re-assessment; the
 * intake form is not prefilled with the earlier consent and escalation; the person refuses and the case is resolved
 * locally. From then on nobody outside district 3 reads anything of it, in any query, neither the assessment written
 * after the refusal nor the earlier variables; only the district's grants remain, and the revocation is audited.
 */
class WithdrawnConsentIT extends CasePrivacyCheck {

	private static final String LATER_ASSESSMENT = "本人が支援の継続を望まず、地区での見守りに切り替える";

	@Test
	void aRefusalAtReassessmentTakesTheCaseAwayFromEveryoneOutsideTheDistrictAtOnce() {
		ReferralDriver driver = new ReferralDriver(engine);
		ProcessInstance referral = as("kimura", () -> driver.report("03", "WELFARE_COMMISSIONER"));
		as("ito", () -> driver.intake(referral, "ESCALATE", CONSENT_GIVEN, "SCHOOL"));
		driver.holdMeeting(driver.meeting((String) engine.getRuntimeService().getVariable(referral.getId(), MEETING_KEY)));
		claim(referral, "watanabe");
		as("watanabe", () -> driver.agreePlan(referral, "education"));
		claim(referral, "nakamura");
		as("nakamura", () -> engine.getFormService().submitTaskForm(driver.task(referral).getId(),
				Map.of(IMPLEMENTATION_NOTES, "学校と面談")));
		engine.getManagementService().executeJob(driver.followUpTimer(referral).getId());
		as("ito", () -> engine.getFormService().submitTaskForm(driver.task(referral).getId(),
				Map.of(FOLLOW_UP_NOTES, "本人が同意を撤回したいと話した", CASE_STATUS, "REASSESS")));
		assertThat(as("nakamura", () -> caseIds(PROCESS_KEY))).as("escalated with consent").contains(referral.getId());

		Task reassessment = as("ito", () -> driver.task(referral));
		assertThat(reassessment.getTaskDefinitionKey()).isEqualTo(TASK_INTAKE);
		assertThat(as("ito", () -> engine.getFormService().getTaskFormVariables(reassessment.getId())).keySet())
			.as("the re-assessment asks again").doesNotContain(CONSENT, LEGAL_BASIS, CONSENT_RECORDED_ON, RESOLUTION)
			.contains(ASSESSMENT, NEEDS);

		as("ito", () -> engine.getFormService().submitTaskForm(reassessment.getId(), Variables.createVariables()
			.putValue(ASSESSMENT, LATER_ASSESSMENT)
			.putValue(NEEDS, SpinValues.jsonValue("[\"SCHOOL\"]").create())
			.putValue(CONSENT, CONSENT_REFUSED)
			.putValue(CONSENT_RECORDED_ON, "2026-12-20")
			.putValue(RESOLUTION, "LOCAL")));
		as("ito", () -> driver.completeLocalSupport(referral));

		for (String user : List.of("nakamura", "watanabe")) {
			assertThat(as(user, () -> caseIds(PROCESS_KEY))).as(user).doesNotContain(referral.getId());
			assertThat(as(user, () -> engine.getHistoryService().createHistoricProcessInstanceQuery()
				.processInstanceId(referral.getId()).count())).as(user).isZero();
			assertThat(as(user, () -> engine.getHistoryService().createHistoricVariableInstanceQuery()
				.processInstanceId(referral.getId()).count())).as(user).isZero();
			assertThat(as(user, () -> engine.getHistoryService().createHistoricDetailQuery()
				.processInstanceId(referral.getId()).count())).as(user).isZero();
			assertThat(as(user, () -> engine.getRuntimeService().createVariableInstanceQuery()
				.processInstanceIdIn(referral.getId()).count())).as(user).isZero();
			assertThat(as(user, () -> engine.getHistoryService().createHistoricTaskInstanceQuery()
				.processInstanceId(referral.getId()).count())).as(user).isZero();
			assertThatThrownBy(() -> as(user, () -> engine.getRuntimeService().getVariables(referral.getId())))
				.as(user).isInstanceOf(AuthorizationException.class);
		}
		assertThat(as("ito", () -> engine.getRuntimeService().getVariable(referral.getId(), ASSESSMENT)))
			.isEqualTo(LATER_ASSESSMENT);
		assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(referral.getId()).list())
			.extracting(Authorization::getGroupId).containsOnly("machi-hokenshitsu-03");
		assertThat(audit.entriesOf(referral.getBusinessKey())).filteredOn(entry -> "ACCESS_REVOKED".equals(entry.action()))
			.extracting(CaseAuditEntry::actor, CaseAuditEntry::detail)
			.contains(org.assertj.core.groups.Tuple.tuple("ito", CENTRE_GROUP),
					org.assertj.core.groups.Tuple.tuple("ito", "area-director-education"),
					org.assertj.core.groups.Tuple.tuple("ito", "nakamura"));
	}

	private void claim(ProcessInstance referral, String user) {
		Task task = engine.getTaskService().createTaskQuery().processInstanceId(referral.getId()).singleResult();
		as(user, () -> engine.getTaskService().claim(task.getId(), user));
	}

}
