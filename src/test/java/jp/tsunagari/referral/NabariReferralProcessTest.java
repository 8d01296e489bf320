package jp.tsunagari.referral;

import static jp.tsunagari.referral.NabariReferral.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jp.tsunagari.system.ProcedureTitle;
import jp.tsunagari.system.TasklistTitles;

/**
 * The referral, its monthly meeting and the feedback on an in-memory engine, driven as Tasklist drives them (start
 * and task forms through the FormService, the needs checklist as Json). Every path: consent refused, local
 * resolution, escalation to several fields, cases waiting for the next meeting (one meeting for all), a deferral,
 * the follow-up loop, re-assessment and closure with feedback. Run the class as a whole (coverage is asserted at the
 * end).
 */
@Deployment(resources = { "processes/nabari-referral.bpmn", "processes/area-director-meeting.bpmn",
		"processes/referral-feedback.bpmn", "processes/referral-fields.dmn", "forms/nabari-referral.noticed.form",
		"forms/nabari-referral.intake.form", "forms/nabari-referral.local-support.form",
		"forms/nabari-referral.record-decision.form", "forms/nabari-referral.carry-out-plan.form",
		"forms/nabari-referral.follow-up.form", "forms/area-director-meeting.hold-meeting.form",
		"forms/referral-feedback.read-feedback.form" })
class NabariReferralProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	/** One configured meeting date; after it, the second Tuesday of each month. */
	static final ReferralProperties PROPERTIES = new ReferralProperties(List.of(LocalDate.of(2026, 12, 8)),
			LocalTime.of(14, 0), 2, DayOfWeek.TUESDAY, Period.ofDays(7), "P30D", TOKYO);

	private ProcessEngine engine;

	private ReferralDriver driver;

	private RecordingCaseAudit audit;

	private CaseAccess access;

	@BeforeEach
	void services() {
		engine = extension.getProcessEngine();
		BpmnAwareTests.init(engine);
		audit = new RecordingCaseAudit();
		access = new CaseAccess(engine.getAuthorizationService(), audit);
		ReferralFields fields = new ReferralFields(ReferralTestDirectory.demo());
		Mocks.register("openReferralCaseListener",
				new OpenReferralCaseListener(fields, new CaseOpening(RecordingCaseAudit.counter(), access, audit), PROPERTIES));
		Mocks.register("chooseFieldsDelegate", new ChooseFieldsDelegate(fields, access));
		Set<String> meetingKeys = new HashSet<>();
		Mocks.register("tableCaseDelegate", new TableCaseDelegate(PROPERTIES, meetingKeys::add, audit));
		Mocks.register("addToAgendaDelegate", new AddToAgendaDelegate());
		Mocks.register("notifyTabledCasesDelegate", new NotifyTabledCasesDelegate());
		Mocks.register("recordDecisionListener", new RecordDecisionListener(fields, access));
		Mocks.register("sendReferralFeedbackDelegate", new SendReferralFeedbackDelegate(audit));
		Mocks.register("caseAuditListener", new CaseAuditListener(audit));
		Mocks.register("consentWithdrawalListener", new ConsentWithdrawalListener(access));
		Mocks.register("reassessmentListener", new ReassessmentListener());
		driver = new ReferralDriver(engine);
		setClock(LocalDateTime.of(2026, 11, 23, 10, 0));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void aRefusedConsentKeepsTheCaseInTheDistrictWithLocalSupportOnly() {
		ProcessInstance referral = driver.report("03", "WELFARE_COMMISSIONER");

		assertThat(referral.getBusinessKey()).isEqualTo("R-2026-0001");
		Task intake = driver.task(referral);
		assertThat(intake.getTaskDefinitionKey()).isEqualTo(TASK_INTAKE);
		assertThat(groupsOf(intake)).containsExactly("machi-hokenshitsu-03");
		assertThat(intake.getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 11, 30, 10, 0)));
		// the case number, never a name, is what Tasklist shows of the case
		assertThat(TasklistTitles.shown(engine, intake)).isEqualTo("R-2026-0001");

		driver.intake(referral, "ESCALATE", CONSENT_REFUSED, "HIKIKOMORI");

		Task local = driver.task(referral);
		assertThat(local.getTaskDefinitionKey()).isEqualTo(TASK_LOCAL_SUPPORT);
		assertThat(groupsOf(local)).containsExactly("machi-hokenshitsu-03");
		assertThat(access.groupsOf(referral.getId())).containsExactly("machi-hokenshitsu-03");
		assertThat(engine.getRuntimeService().getVariables(referral.getId())).doesNotContainKeys(FIELDS, FIELD_GROUPS);
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MEETING_PROCESS_KEY)
			.count()).isZero();

		driver.completeLocalSupport(referral);
		driver.followUp(referral, "CLOSE");

		assertThat(referral).isEnded().hasPassed(TASK_SEND_FEEDBACK, END_EVENT);
		ProcessInstance feedback = engine.getRuntimeService().createProcessInstanceQuery()
			.processDefinitionKey(FEEDBACK_PROCESS_KEY).processInstanceBusinessKey("R-2026-0001").singleResult();
		Task read = driver.task(feedback);
		assertThat(groupsOf(read)).containsExactly("welfare-commissioners");
		assertThat(engine.getRuntimeService().getVariables(feedback.getId())).containsOnlyKeys(CASE_NUMBER,
				REPORTER_NAME, REPORTER_GROUP, FEEDBACK_MESSAGE, ProcedureTitle.VARIABLE);
		assertThat(TasklistTitles.shown(engine, read)).isEqualTo("R-2026-0001");
		engine.getFormService().submitTaskForm(read.getId(), Map.of("acknowledged", true));
		assertThat(feedback).isEnded();
		assertThat(audit.entriesOf("R-2026-0001")).extracting(CaseAuditEntry::action)
			.containsSubsequence("CASE_OPENED", "ACCESS_GRANTED", "TASK_COMPLETED", "TASK_COMPLETED",
					"TASK_COMPLETED", "FEEDBACK_SENT")
			.doesNotContain("TABLED");
	}

	@Test
	void aLocalResolutionIsFollowedUpAtTheIntervalReassessedAndClosed() {
		ProcessInstance referral = driver.report("05", "COMMUNITY_ORGANISATION");
		driver.intake(referral, "LOCAL", CONSENT_GIVEN, "ISOLATION");
		driver.completeLocalSupport(referral);

		Job firstFollowUp = driver.followUpTimer(referral);
		assertThat(firstFollowUp.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 12, 23, 10, 0)));
		driver.followUp(referral, "CONTINUE");
		assertThat(referral).isWaitingAt(EVENT_FOLLOW_UP_DUE);
		setClock(LocalDateTime.of(2027, 2, 1, 10, 0));
		driver.followUp(referral, "REASSESS");

		Task reassessment = driver.task(referral);
		assertThat(reassessment.getTaskDefinitionKey()).isEqualTo(TASK_INTAKE);
		assertThat(engine.getFormService().getTaskFormVariables(reassessment.getId()).keySet())
			.as("the person is asked again").doesNotContain(CONSENT, LEGAL_BASIS, CONSENT_RECORDED_ON, RESOLUTION)
			.contains(ASSESSMENT, NEEDS);
		assertThat(reassessment.getDueDate()).as("a week from the reassessment, not from the report")
			.isEqualTo(at(LocalDateTime.of(2027, 2, 8, 10, 0)));
		driver.intake(referral, "LOCAL", CONSENT_REFUSED, "ISOLATION");
		driver.completeLocalSupport(referral);
		driver.followUp(referral, "CLOSE");

		assertThat(referral).isEnded();
		assertThat(access.groupsOf(referral.getId())).containsExactly("machi-hokenshitsu-05");
		Task read = driver.task(engine.getRuntimeService().createProcessInstanceQuery()
			.processDefinitionKey(FEEDBACK_PROCESS_KEY).singleResult());
		assertThat(groupsOf(read)).containsExactly("community-organisation-05");
	}

	@Test
	void escalatedCasesOfSeveralFieldsWaitForOneMonthlyMeetingThatHandsEachItsDecision() {
		ProcessInstance first = driver.report("03", "LINK_WORKER");
		driver.intake(first, "ESCALATE", CONSENT_GIVEN, "HIKIKOMORI", "ELDERLY_CARE");

		assertThat(first).isWaitingAt(EVENT_MEETING_HELD);
		assertThat(engine.getRuntimeService().getVariable(first.getId(), FIELDS))
			.isEqualTo(List.of("poverty", "education", "elderly"));
		assertThat(access.groupsOf(first.getId())).containsExactlyInAnyOrder("machi-hokenshitsu-03", CENTRE_GROUP,
				"area-director-poverty", "area-director-education", "area-director-elderly");
		assertThat(engine.getRuntimeService().getVariable(first.getId(), MEETING_AT))
			.isEqualTo("2026-12-08T14:00:00+09:00");

		ProcessInstance second = driver.report("05", "RESIDENT");
		driver.intake(second, "ESCALATE", CONSENT_LEGAL_BASIS, "SCHOOL");
		assertThat(access.groupsOf(second.getId())).containsExactlyInAnyOrder("machi-hokenshitsu-05", CENTRE_GROUP,
				"area-director-education");

		ProcessInstance meeting = driver.meeting("ADM-2026-12-08");
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MEETING_PROCESS_KEY)
			.count()).isEqualTo(1);
		assertThat((List<?>) engine.getRuntimeService().getVariable(meeting.getId(), AGENDA)).hasSize(2);
		assertThat((String) engine.getRuntimeService().getVariable(meeting.getId(), AGENDA_SUMMARY))
			.contains("R-2026-0001（第03地区）", "R-2026-0002（第05地区）").doesNotContain("対象者");
		assertThat(meeting).isWaitingAt(MEETING_EVENT_DAY);
		// the business key stays the key the cases are correlated by; the title is the date as staff write it
		assertThat(engine.getRuntimeService().getVariable(meeting.getId(), ProcedureTitle.VARIABLE))
			.isEqualTo("エリアディレクター会議 2026/12/08");

		setClock(LocalDateTime.of(2026, 12, 8, 14, 0));
		driver.holdMeeting(meeting);
		assertThat(meeting).isEnded();

		Task firstDecision = driver.task(first);
		assertThat(firstDecision.getTaskDefinitionKey()).isEqualTo(TASK_RECORD_DECISION);
		assertThat(groupsOf(firstDecision)).containsExactly(CENTRE_GROUP);
		driver.defer(first);

		assertThat(first).isWaitingAt(EVENT_MEETING_HELD);
		assertThat(engine.getRuntimeService().getVariable(first.getId(), MEETING_KEY)).isEqualTo("ADM-2027-01-12");
		assertThat((List<?>) engine.getRuntimeService()
			.getVariable(driver.meeting("ADM-2027-01-12").getId(), AGENDA)).hasSize(1);

		driver.agreePlan(second, "education");
		Task plan = driver.task(second);
		assertThat(plan.getTaskDefinitionKey()).isEqualTo(TASK_CARRY_OUT_PLAN);
		assertThat(groupsOf(plan)).containsExactly("area-director-education");
		engine.getFormService().submitTaskForm(plan.getId(), Map.of(IMPLEMENTATION_NOTES, "学校と面談"));
		driver.followUp(second, "CLOSE");
		assertThat(second).isEnded().hasPassed(TASK_CARRY_OUT_PLAN, TASK_FOLLOW_UP);
		assertThat(groupsOf(driver.task(engine.getRuntimeService().createProcessInstanceQuery()
			.processDefinitionKey(FEEDBACK_PROCESS_KEY).singleResult()))).containsExactly("machi-hokenshitsu-05");

		setClock(LocalDateTime.of(2027, 1, 12, 14, 0));
		driver.holdMeeting(driver.meeting("ADM-2027-01-12"));
		driver.agreePlan(first, "children");
		assertThat(groupsOf(driver.task(first))).containsExactly("area-director-children");
		assertThat(access.groupsOf(first.getId())).contains("area-director-children");
	}

	@Test
	void aCaseEscalatedAfterItsMonthsMeetingEndedEarlyGoesToTheNextMeeting() {
		ProcessInstance first = driver.report("03", "LINK_WORKER");
		driver.intake(first, "ESCALATE", CONSENT_GIVEN, "HIKIKOMORI");
		// the secretariat holds the meeting of 2026-12-08 a week early: its instance ends before the date
		setClock(LocalDateTime.of(2026, 12, 1, 10, 0));
		driver.holdMeeting(driver.meeting("ADM-2026-12-08"));

		ProcessInstance second = driver.report("05", "RESIDENT");
		driver.intake(second, "ESCALATE", CONSENT_GIVEN, "SCHOOL");

		assertThat(second).isWaitingAt(EVENT_MEETING_HELD);
		assertThat(engine.getRuntimeService().getVariable(second.getId(), MEETING_KEY)).isEqualTo("ADM-2027-01-12");
		assertThat((List<?>) engine.getRuntimeService()
			.getVariable(driver.meeting("ADM-2027-01-12").getId(), AGENDA)).hasSize(1);
	}

	@Test
	void theCaseNeverLeavesTheDistrictWithoutConsentEvenIfTheRoutingStepIsReached() {
		VariableMap variables = Variables.createVariables().putValue(CONSENT, CONSENT_REFUSED)
			.putValue(NEEDS, SpinValues.jsonValue("[\"SCHOOL\"]").create());

		long grantsBefore = engine.getAuthorizationService().createAuthorizationQuery().count();

		assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceByKey(PROCESS_KEY)
			.startBeforeActivity(TASK_CHOOSE_FIELDS).setVariables(variables).execute())
			.isInstanceOf(FormFieldValidationException.class).hasMessageContaining("consent");
		assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(grantsBefore);
	}

	@Test
	void aReportForAnUnknownDistrictIsRefusedNamingTheField() {
		assertThatThrownBy(() -> driver.report("99", "LINK_WORKER")).isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("(district)");
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
	}

	private List<String> groupsOf(Task task) {
		return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
			.map(IdentityLink::getGroupId).toList();
	}

	private static Date at(LocalDateTime local) {
		return Date.from(local.atZone(TOKYO).toInstant());
	}

	private static void setClock(LocalDateTime local) {
		ClockUtil.setCurrentTime(at(local));
	}

}
