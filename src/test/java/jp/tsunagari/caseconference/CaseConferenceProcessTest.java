package jp.tsunagari.caseconference;

import static jp.tsunagari.caseconference.CaseConference.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jp.tsunagari.referral.CaseAccess;
import jp.tsunagari.referral.CaseAuditEntry;
import jp.tsunagari.referral.CaseAuditListener;
import jp.tsunagari.referral.CaseOpening;
import jp.tsunagari.referral.RecordingCaseAudit;
import jp.tsunagari.referral.ReferralTestDirectory;

import jp.tsunagari.system.TasklistTitles;

/**
 * The case conference on an in-memory engine, driven through the forms: no basis and consent not obtained (never
 * shared), consent obtained afterwards, a deferral to the next meeting, resources requested from platform members,
 * a regional issue passed back to the platform, and the plain path. Run the class as a whole (coverage).
 */
@Deployment(resources = { "processes/case-conference.bpmn", "forms/case-conference.case-reported.form",
		"forms/case-conference.check-sharing-basis.form", "forms/case-conference.ask-for-consent.form",
		"forms/case-conference.review-case.form", "forms/case-conference.request-resources.form",
		"forms/case-conference.start-support.form", "forms/case-conference.share-regional-issue.form" })
class CaseConferenceProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private ProcessEngine engine;

	private CaseAccess access;

	private RecordingCaseAudit audit;

	@BeforeEach
	void services() {
		engine = extension.getProcessEngine();
		BpmnAwareTests.init(engine);
		audit = new RecordingCaseAudit();
		access = new CaseAccess(engine.getAuthorizationService(), audit);
		CaseConferenceProperties properties = new CaseConferenceProperties(List.of(LocalDate.of(2026, 12, 10)),
				LocalTime.of(14, 0), 2, DayOfWeek.THURSDAY, TOKYO);
		var directory = ReferralTestDirectory.demo();
		Mocks.register("openConferenceCaseListener", new OpenConferenceCaseListener(directory,
				new CaseOpening(RecordingCaseAudit.counter(), access, audit), properties));
		Mocks.register("scheduleCaseConferenceDelegate", new ScheduleCaseConferenceDelegate(access, properties));
		Mocks.register("assignLeadOrganisationListener", new AssignLeadOrganisationListener(directory, access));
		Mocks.register("caseAuditListener", new CaseAuditListener(audit));
		ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 11, 23, 10, 0)));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void withoutABasisAndWithoutConsentTheCaseIsNeverShared() {
		ProcessInstance conference = report("ward-aoba-health-welfare-centre");
		assertThat(conference.getBusinessKey()).isEqualTo("C-2026-0001");
		assertThat(groupsOf(task(conference))).containsExactly(SECRETARIAT_GROUP);
		assertThat(TasklistTitles.shown(engine, task(conference))).isEqualTo("C-2026-0001");

		submit(conference, Map.of(SHARING_BASIS, "NONE"));
		assertThat(groupsOf(task(conference))).containsExactly("ward-aoba-health-welfare-centre");
		submit(conference, Map.of(CONSENT_OUTCOME, "NOT_OBTAINED"));

		assertThat(conference).isEnded().hasPassed(END_EVENT_NOT_SHARED).hasNotPassed(TASK_SCHEDULE_CONFERENCE);
		assertThat(access.groupsOf(conference.getId())).containsExactlyInAnyOrder("ward-aoba-health-welfare-centre",
				SECRETARIAT_GROUP);
	}

	@Test
	void consentObtainedLaterADeferralResourcesAndARegionalIssueForThePlatform() {
		ProcessInstance conference = report("social-welfare-council");
		submit(conference, Map.of(SHARING_BASIS, "NONE"));
		submit(conference, Map.of(CONSENT_OUTCOME, "OBTAINED", CONSENT_OBTAINED_ON, "2026-11-25"));
		assertThat(task(conference).getTaskDefinitionKey()).isEqualTo(TASK_CHECK_SHARING_BASIS);
		submit(conference, Map.of(SHARING_BASIS, "CONSENT", BASIS_NOTE, "本人の同意書"));

		assertThat(conference).isWaitingAt(EVENT_CONFERENCE_DAY);
		assertThat(engine.getRuntimeService().getVariable(conference.getId(), CONFERENCE_AT))
			.isEqualTo("2026-12-10T14:00:00+09:00");
		assertThat(access.groupsOf(conference.getId())).contains(CASE_MEETING_GROUP);
		meetingDay(conference);
		assertThat(groupsOf(task(conference))).containsExactly(CASE_MEETING_GROUP);
		submit(conference, review("DEFERRED", null, false, false));

		assertThat(engine.getRuntimeService().getVariable(conference.getId(), CONFERENCE_AT))
			.isEqualTo("2027-01-14T14:00:00+09:00");
		meetingDay(conference);
		submit(conference, review("DECIDED", "outreach-contractor", true, true));
		assertThat(task(conference).getTaskDefinitionKey()).isEqualTo(TASK_REQUEST_RESOURCES);
		submit(conference, Map.of(RESOURCES_OFFERED, "フードバンク：食料の提供"));
		Task start = task(conference);
		assertThat(groupsOf(start)).containsExactly("outreach-contractor");
		assertThat(access.groupsOf(conference.getId())).contains("outreach-contractor");
		submit(conference, Map.of(SUPPORT_START_NOTES, "訪問を開始"));
		assertThat(groupsOf(task(conference))).containsExactly(SECRETARIAT_GROUP);
		submit(conference, Map.of(PLATFORM_ISSUE, "単身の若年層に食の支援が届いていない", SHARED_ON, "2027-01-20"));

		assertThat(conference).isEnded().hasPassed(TASK_SHARE_REGIONAL_ISSUE);
		assertThat(audit.entriesOf("C-2026-0001")).extracting(CaseAuditEntry::action).contains("CASE_OPENED",
				"ACCESS_GRANTED", "TASK_COMPLETED");
	}

	@Test
	void aStatutoryMeetingDecidesWithoutResourcesOrIssues() {
		ProcessInstance conference = report("health-welfare-social-affairs");
		submit(conference, Map.of(SHARING_BASIS, "STATUTORY_MEETING", BASIS_NOTE, "社会福祉法第106条の6"));
		meetingDay(conference);
		submit(conference, review("DECIDED", "social-welfare-council", false, false));
		submit(conference, Map.of(SUPPORT_START_NOTES, "見守りを開始"));

		assertThat(conference).isEnded().hasPassed("EndEvent_CaseHandled").hasNotPassed(TASK_REQUEST_RESOURCES,
				TASK_SHARE_REGIONAL_ISSUE);
	}

	@Test
	void anUnknownReportingOrganisationIsRefusedNamingTheField() {
		assertThatThrownBy(() -> report("nobody")).isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("(reportingGroup)");
	}

	@Test
	void anUnknownLeadOrganisationIsRefusedAndTheReviewStaysOpen() {
		ProcessInstance conference = report("social-welfare-council");
		submit(conference, Map.of(SHARING_BASIS, "CONSENT", BASIS_NOTE, "同意書"));
		meetingDay(conference);
		Task review = task(conference);

		assertThatThrownBy(() -> submit(conference, review("DECIDED", "nobody", false, false)))
			.isInstanceOf(FormFieldValidationException.class).hasMessageContaining("(leadOrganisation)");
		assertThat(task(conference).getId()).isEqualTo(review.getId());
	}

	private ProcessInstance report(String reportingGroup) {
		String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
			.processDefinitionKey(PROCESS_KEY).latestVersion().singleResult().getId();
		return engine.getFormService().submitStartForm(definitionId, Variables.createVariables()
			.putValue(REPORTING_GROUP, reportingGroup)
			.putValue(PERSON_NAME, "仙台 太郎")
			.putValue(ISSUES, SpinValues.jsonValue("[\"LIVING_HARDSHIP\",\"HOUSING\"]").create())
			.putValue(PERSON_SITUATION, "家賃の滞納と親の介護")
			.putValue(REPORTED_ON, "2026-11-23"));
	}

	private static Map<String, Object> review(String outcome, String lead, boolean resources, boolean issue) {
		Map<String, Object> answers = new HashMap<>();
		answers.put(REVIEW_OUTCOME, outcome);
		answers.put(SUPPORT_DECISION, lead == null ? null : "住まいと就労の支援");
		answers.put(LEAD_ORGANISATION, lead);
		answers.put(RESOURCES_NEEDED, resources);
		answers.put(RESOURCE_REQUEST, resources ? "食料の提供" : null);
		answers.put(REGIONAL_ISSUE_NOTICED, issue);
		answers.put(REGIONAL_ISSUE, issue ? "若年単身者の食の困りごと" : null);
		return answers;
	}

	private void meetingDay(ProcessInstance conference) {
		var job = engine.getManagementService().createJobQuery().processInstanceId(conference.getId()).singleResult();
		ClockUtil.setCurrentTime(job.getDuedate());
		engine.getManagementService().executeJob(job.getId());
	}

	private Task task(ProcessInstance instance) {
		return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	private void submit(ProcessInstance instance, Map<String, Object> answers) {
		engine.getFormService().submitTaskForm(task(instance).getId(), answers);
	}

	private List<String> groupsOf(Task task) {
		return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
			.map(IdentityLink::getGroupId).toList();
	}

	private static Date at(LocalDateTime local) {
		return Date.from(local.atZone(TOKYO).toInstant());
	}

}
