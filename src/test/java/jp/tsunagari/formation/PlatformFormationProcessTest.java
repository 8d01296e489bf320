package jp.tsunagari.formation;

import static jp.tsunagari.formation.PlatformFormation.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagari.survey.SurveyContact;
import jp.tsunagari.survey.SurveyContacts;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jp.tsunagari.system.TasklistTitles;

/**
 * The formation model on the in-memory engine with its listeners and delegate, every path: Toyama's course (a new
 * PF, a survey, a symposium, recruitment postponed by the earthquake to the next fiscal year, a second year, then
 * self-running); an existing PF expanding its members after study sessions and other publicity; an existing body
 * reused. The called survey and symposium are test doubles (test resources formation/called-*.bpmn) that show what
 * is passed; PlatformFormationIT runs the real ones.
 */
@Deployment(resources = { "processes/platform-formation.bpmn", "formation/called-survey-rollout.bpmn",
		"formation/called-symposium-planning.bpmn", "forms/platform-formation.carry-over-issues.form",
		"forms/platform-formation.confirm-membership.form", "forms/platform-formation.coordinate-existing-body.form",
		"forms/platform-formation.decide-establishment.form", "forms/platform-formation.design-structure.form",
		"forms/platform-formation.formation-started.form", "forms/platform-formation.grasp-local-issues.form",
		"forms/platform-formation.hold-meeting.form", "forms/platform-formation.involve-participants.form",
		"forms/platform-formation.next-year-policy.form", "forms/platform-formation.picture-platform.form",
		"forms/platform-formation.plan-detailed-survey.form", "forms/platform-formation.plan-publicity.form",
		"forms/platform-formation.record-publicity.form", "forms/platform-formation.record-study-sessions.form",
		"forms/platform-formation.set-lead.form", "forms/symposium-planning.plan-symposium.form" })
class PlatformFormationProcessTest {

	private static final String PLATFORM = "富山県孤独・孤立対策官民連携プラットフォーム";

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test.cfg.xml")
		.excludeProcessDefinitionKeys("survey-rollout", "symposium-planning")
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final String LEAD = "health-welfare-social-affairs";

	private final List<SurveyContact> surveyCandidates = new ArrayList<>();

	private RuntimeService runtimeService;

	private TaskService taskService;

	private FormService formService;

	private ManagementService managementService;

	@BeforeEach
	void services() {
		ProcessEngine engine = extension.getProcessEngine();
		BpmnAwareTests.init(engine);
		runtimeService = engine.getRuntimeService();
		taskService = engine.getTaskService();
		formService = engine.getFormService();
		managementService = engine.getManagementService();
		FormationProperties properties = new FormationProperties(new FormationProperties.LeadTimes(Period.ofDays(14),
				Period.ofDays(52), Period.ofDays(30), Period.ofDays(139), Period.ofDays(30), Period.ofDays(30),
				Period.ofDays(30), Period.ofDays(10), Period.ofDays(30)), "R/P3M", 4, 3);
		SurveyContacts contacts = new SurveyContacts() {
			@Override
			public List<SurveyContact> candidateMembers() {
				return surveyCandidates;
			}

			@Override
			public List<SurveyContact> wantingInformation() {
				return List.of();
			}
		};
		Mocks.register("startFormationListener", new StartFormationListener(properties));
		Mocks.register("fiscalYearListener", new FiscalYearListener(properties));
		Mocks.register("postponeEstablishmentListener", new PostponeEstablishmentListener(properties));
		Mocks.register("collectMemberCandidatesDelegate", new CollectMemberCandidatesDelegate(contacts));
		Mocks.register("recordMembershipListener", new RecordMembershipListener());
		Mocks.register("recordPlatformMeetingListener", new RecordPlatformMeetingListener());
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void toyamasCourseANewPlatformPostponedByTheEarthquakeThenSelfRunningInItsSecondYear() {
		at("2023-07-03T10:00");
		ProcessInstance formation = start();
		assertThat(formation).isWaitingAt(TASK_SET_LEAD);
		Task lead = task(formation, TASK_SET_LEAD);
		// started in Tasklist without a business key: the platform's name is its key and every task's title
		assertThat(formation.getBusinessKey()).isEqualTo(PLATFORM);
		assertThat(TasklistTitles.shown(extension.getProcessEngine(), lead)).isEqualTo(PLATFORM);
		assertThat(candidateGroups(lead)).containsExactly("managers");
		assertThat(lead.getDueDate()).isEqualTo(date("2023-07-17T10:00"));
		complete(lead, Map.of("leadDepartment", "厚生部 厚生企画課", "leadPerson", "担当 太郎", "leadReason", "部の窓口"));
		Task issues = task(formation, TASK_GRASP_LOCAL_ISSUES);
		assertThat(candidateGroups(issues)).containsExactly(LEAD);
		assertThat(issues.getDueDate()).as("Sendai: 52 days").isEqualTo(date("2023-08-24T10:00"));
		complete(issues, Map.of("issueSummary", "どこから手をつければよいか分からない"));
		complete(task(formation, TASK_PICTURE_PLATFORM), Map.of("platformImage", "2層構造", PLATFORM_EXISTS, NONE,
				OPERATING_FORM, NEW));

		// (イ) ④⑤⑥ in parallel; the survey is its own process, named and keyed by the formation
		assertThat(formation).isWaitingAt(TASK_PLAN_DETAILED_SURVEY, TASK_DESIGN_STRUCTURE, TASK_INVOLVE_PARTICIPANTS);
		complete(task(formation, TASK_PLAN_DETAILED_SURVEY),
				Map.of(DETAILED_SURVEY_METHOD, SURVEY, SURVEY_TITLE, "NPO等における孤独・孤立にかかる取組み調査"));
		ProcessInstance survey = called(formation, "survey-rollout");
		assertThat(survey.getBusinessKey()).isEqualTo(PLATFORM);
		assertThat(runtimeService.getVariable(survey.getId(), "surveyTitle"))
			.isEqualTo("NPO等における孤独・孤立にかかる取組み調査");
		complete(task(formation, TASK_DESIGN_STRUCTURE), Map.of("platformStructure", "TWO_TIER", "mainActivities",
				"研修会", "rulesStyle", "PURPOSE_ONLY"));
		complete(task(formation, TASK_INVOLVE_PARTICIPANTS), Map.of("internalDepartments", "子ども支援課",
				REFERRED_ORGANISATIONS, "古本なるや\n富山県カウンセリングセンター\n\n古本なるや"));
		at("2023-12-01T10:00");
		surveyCandidates.add(new SurveyContact("NPO法人はぁとぴあ", "代表", "info@example.jp", null));
		surveyCandidates.add(new SurveyContact("古本なるや", "店主", null, "富山市"));
		taskService.complete(taskService.createTaskQuery().processInstanceId(survey.getId()).singleResult().getId(),
				Map.of("responseRate", 27.6, "candidateMemberCount", 2));
		assertThat(formation).variables().containsEntry(SURVEY_RESPONSE_RATE, 27.6)
			.containsEntry(SURVEY_CANDIDATE_COUNT, 2);

		// (ウ) the symposium with its own plan form, in parallel with the recruitment
		assertThat(formation).isWaitingAt(TASK_PLAN_PUBLICITY, TASK_CONFIRM_MEMBERSHIP);
		assertThat(formation).variables().containsEntry(MEMBER_CANDIDATES,
				List.of("NPO法人はぁとぴあ", "古本なるや", "富山県カウンセリングセンター"));
		complete(task(formation, TASK_PLAN_PUBLICITY), Map.of(PUBLICITY_METHOD, SYMPOSIUM, "publicityPlan", "県民向け"));
		complete(task(formation, TASK_PLAN_SYMPOSIUM), symposiumPlan());
		ProcessInstance symposium = called(formation, "symposium-planning");
		assertThat(runtimeService.getVariables(symposium.getId())).containsAllEntriesOf(symposiumPlan());
		assertThat(symposium.getBusinessKey()).isEqualTo(PLATFORM);

		List<Task> invitations = tasks(formation, TASK_CONFIRM_MEMBERSHIP);
		assertThat(invitations).hasSize(3).allSatisfy(task -> {
			assertThat(candidateGroups(task)).containsExactly(LEAD);
			assertThat(task.getDueDate()).isEqualTo(date("2023-12-31T10:00"));
		});
		for (Task invitation : invitations) {
			String organisation = (String) taskService.getVariable(invitation.getId(), CANDIDATE_ORGANISATION);
			complete(invitation, switch (organisation) {
				case "古本なるや" -> Map.of(MEMBERSHIP_CONFIRMED, true, MEMBERSHIP_TIER, "LOOSE");
				case "NPO法人はぁとぴあ" -> Map.of(MEMBERSHIP_CONFIRMED, true, MEMBERSHIP_TIER, "CORE");
				default -> Map.of(MEMBERSHIP_CONFIRMED, false, "membershipNote", "検討中");
			});
		}
		assertThat(formation).variables().containsEntry(CONFIRMED_MEMBER_COUNT, 2);
		assertThat(runtimeService.getVariable(formation.getId(), MEMBERSHIP_CONFIRMED)).as("answers stay local")
			.isNull();

		// 能登半島地震: the establishment waits for the next fiscal year, then the one who had not decided is asked again
		at("2024-01-20T10:00");
		complete(task(formation, TASK_DECIDE_ESTABLISHMENT),
				Map.of(ESTABLISHMENT_DECISION, POSTPONE, POSTPONEMENT_REASON, "能登半島地震への対応のため"));
		assertThat(formation).isWaitingAt(EVENT_NEXT_FISCAL_YEAR);
		assertThat(job(formation, EVENT_NEXT_FISCAL_YEAR).getDuedate()).isEqualTo(date("2024-04-01T09:00"));
		at("2024-04-01T09:00");
		managementService.executeJob(job(formation, EVENT_NEXT_FISCAL_YEAR).getId());
		assertThat(formation).variables().containsEntry(MEMBER_CANDIDATES, List.of("富山県カウンセリングセンター"));
		complete(task(formation, TASK_CONFIRM_MEMBERSHIP), Map.of(MEMBERSHIP_CONFIRMED, true, MEMBERSHIP_TIER, "CORE"));
		at("2024-05-10T10:00");
		complete(task(formation, TASK_DECIDE_ESTABLISHMENT),
				Map.of(ESTABLISHMENT_DECISION, ESTABLISH, "establishedOn", "2024-05-10"));
		assertThat(formation).variables().containsEntry(CONFIRMED_MEMBER_COUNT, 3);
		assertThat(formation).as("the symposium has not been held yet").isWaitingAt(CALL_SYMPOSIUM);
		taskService.complete(taskService.createTaskQuery().processInstanceId(symposium.getId()).singleResult().getId());

		// (エ) quarterly meetings; the year-end review in March of fiscal 2024 (令和6年度)
		assertThat(formation).variables().containsEntry(YEAR_REVIEW_ON, "2025-03-01T09:00:00")
			.containsEntry(FISCAL_YEAR, 2024)
			.containsEntry(FISCAL_YEAR_LABEL, "令和6年度");
		at("2024-08-10T10:00");
		managementService.executeJob(job(formation, EVENT_MEETING_DUE).getId());
		Task meeting = task(formation, TASK_HOLD_MEETING);
		assertThat(meeting.getDueDate()).isEqualTo(date("2024-08-20T10:00"));
		complete(meeting, Map.of(MEETING_DATE, "2024-08-09", MEETING_ATTENDEES, "3団体", MEETING_NOTES, "活動紹介"));
		assertThat((List<?>) runtimeService.getVariable(formation.getId(), PLATFORM_MEETINGS)).hasSize(1);
		assertThat(job(formation, EVENT_MEETING_DUE)).as("the cycle goes on").isNotNull();

		at("2025-03-01T09:00");
		managementService.executeJob(job(formation, EVENT_YEAR_REVIEW).getId());
		complete(task(formation, TASK_CARRY_OVER_ISSUES), Map.of("carryOverIssues", "将来の運営主体"));
		at("2025-03-20T10:00");
		complete(task(formation, TASK_NEXT_YEAR_POLICY), Map.of("nextYearPolicy", "研修会の定期開催",
				NEXT_YEAR_OPERATION, CONTINUE));
		assertThat(formation).variables().containsEntry(YEAR_REVIEW_ON, "2026-03-01T09:00:00")
			.containsEntry(FISCAL_YEAR, 2025)
			.containsEntry(FISCAL_YEAR_LABEL, "令和7年度");
		assertThat(formation).isWaitingAt(EVENT_YEAR_REVIEW);

		at("2026-03-01T09:00");
		managementService.executeJob(job(formation, EVENT_YEAR_REVIEW).getId());
		complete(task(formation, TASK_CARRY_OVER_ISSUES), Map.of("carryOverIssues", "なし"));
		complete(task(formation, TASK_NEXT_YEAR_POLICY), Map.of("nextYearPolicy", "参画団体による運営",
				NEXT_YEAR_OPERATION, SELF_RUNNING, "selfRunningOperator", "若者生きづらさ寄りそいネットワーク協議会"));
		assertThat(formation).isEnded().hasPassed(END_EVENT);
	}

	@Test
	void anExistingPlatformExpandsItsMembersWithoutAnEstablishment() {
		at("2024-06-03T10:00");
		ProcessInstance formation = start();
		runInitialPhase(formation, Map.of("platformImage", "既存のPFに参加者を広げる", PLATFORM_EXISTS, EXISTS));
		complete(task(formation, TASK_PLAN_DETAILED_SURVEY), Map.of(DETAILED_SURVEY_METHOD, STUDY_SESSIONS,
				"studySessionPlan", "月1回"));
		complete(task(formation, TASK_RECORD_STUDY_SESSIONS), Map.of("studySessionCount", 3L,
				"studySessionFindings", "問題意識の共有"));
		runStructureAndParticipants(formation);
		assertThat(formation).as("no candidates: no invitation, no establishment decision")
			.isWaitingAt(TASK_PLAN_PUBLICITY);
		assertThat(formation).variables().containsEntry(MEMBER_CANDIDATE_COUNT, 0);
		complete(task(formation, TASK_PLAN_PUBLICITY), Map.of(PUBLICITY_METHOD, OTHER, "publicityPlan", "キッチンカー"));
		complete(task(formation, TASK_RECORD_PUBLICITY), Map.of("publicityChannels", List.of("ART"),
				"publicityCarriedOutOn", "2024-09-01"));
		assertThat(formation).isWaitingAt(EVENT_YEAR_REVIEW);
		assertThat(formation).variables().containsEntry(YEAR_REVIEW_ON, "2025-03-01T09:00:00");
		at("2025-03-01T09:00");
		managementService.executeJob(job(formation, EVENT_YEAR_REVIEW).getId());
		complete(task(formation, TASK_CARRY_OVER_ISSUES), Map.of("carryOverIssues", "なし"));
		complete(task(formation, TASK_NEXT_YEAR_POLICY), Map.of("nextYearPolicy", "自走", NEXT_YEAR_OPERATION,
				SELF_RUNNING, "selfRunningOperator", "NPO"));
		assertThat(formation).isEnded();
	}

	@Test
	void anExistingBodyIsReusedAfterCoordination() {
		at("2024-06-03T10:00");
		ProcessInstance formation = start();
		runInitialPhase(formation, Map.of("platformImage", "重層の会議体を活用", PLATFORM_EXISTS, NONE,
				OPERATING_FORM, REUSE));
		complete(task(formation, TASK_COORDINATE_EXISTING_BODY), Map.of("existingBodyName", "つながる支援連絡会議",
				"reuseStyle", "SUBCOMMITTEE"));
		assertThat(formation).isWaitingAt(TASK_PLAN_DETAILED_SURVEY, TASK_DESIGN_STRUCTURE, TASK_INVOLVE_PARTICIPANTS);
	}

	// --- driving the model ---

	private ProcessInstance start() {
		String definition = extension.getProcessEngine().getRepositoryService().createProcessDefinitionQuery()
			.processDefinitionKey(PROCESS_KEY).latestVersion().singleResult().getId();
		return formService.submitStartForm(definition, Map.of(PLATFORM_NAME, PLATFORM));
	}

	private void runInitialPhase(ProcessInstance formation, Map<String, Object> picture) {
		complete(task(formation, TASK_SET_LEAD), Map.of("leadDepartment", "社会課", "leadPerson", "佐藤", "leadReason", "重層"));
		complete(task(formation, TASK_GRASP_LOCAL_ISSUES), Map.of("issueSummary", "概要"));
		complete(task(formation, TASK_PICTURE_PLATFORM), picture);
	}

	private void runStructureAndParticipants(ProcessInstance formation) {
		complete(task(formation, TASK_DESIGN_STRUCTURE), Map.of("platformStructure", "SINGLE_TIER", "mainActivities",
				"学習会", "rulesStyle", "BYLAWS"));
		complete(task(formation, TASK_INVOLVE_PARTICIPANTS), Map.of("internalDepartments", "企画課"));
	}

	private static Map<String, Object> symposiumPlan() {
		Map<String, Object> plan = new HashMap<>();
		plan.put("eventTitle", "富山県孤独・孤立対策シンポジウム");
		plan.put("theme", "災害と孤独・孤立");
		plan.put("targets", List.of("CITIZENS"));
		plan.put("eventFormat", "HYBRID");
		plan.put("eventDate", "2024-02-21");
		plan.put("budgetYen", 3_000_000L);
		plan.put("eventContractBudgetYen", 2_500_000L);
		plan.put("decorationContractBudgetYen", 0L);
		return plan;
	}

	private ProcessInstance called(ProcessInstance formation, String key) {
		return runtimeService.createProcessInstanceQuery().superProcessInstanceId(formation.getId())
			.processDefinitionKey(key).singleResult();
	}

	private void complete(Task task, Map<String, Object> variables) {
		formService.submitTaskForm(task.getId(), variables);
	}

	private Task task(ProcessInstance instance, String key) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
	}

	private List<Task> tasks(ProcessInstance instance, String key) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
	}

	private Job job(ProcessInstance instance, String activityId) {
		return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
			.singleResult();
	}

	private List<String> candidateGroups(Task task) {
		return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).toList();
	}

	private static void at(String localDateTime) {
		ClockUtil.setCurrentTime(date(localDateTime));
	}

	private static Date date(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.systemDefault()).toInstant());
	}

}
