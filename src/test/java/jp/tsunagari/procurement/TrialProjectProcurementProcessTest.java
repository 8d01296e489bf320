package jp.tsunagari.procurement;

import static jp.tsunagari.procurement.TrialProjectProcurement.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.tsunagari.system.TasklistTitles;

/**
 * The trial-project model on an in-memory engine with the real DMN, driven through its forms' variables: every
 * procurement method, the budget return, the inspection rework and the progress meetings of the timer cycle.
 * Run the class as a whole: the coverage extension asserts every flow node and sequence flow when it ends.
 */
@Deployment(resources = { "processes/trial-project-procurement.bpmn", "processes/procurement-method.dmn",
		"forms/trial-project-procurement.conclude-contract.form",
		"forms/trial-project-procurement.confirm-budget.form",
		"forms/trial-project-procurement.draft-specification.form",
		"forms/trial-project-procurement.hold-kick-off.form",
		"forms/trial-project-procurement.hold-progress-meeting.form",
		"forms/trial-project-procurement.inspect-deliverables.form",
		"forms/trial-project-procurement.plan-project.form",
		"forms/trial-project-procurement.project-proposed.form", "forms/trial-project-procurement.select-contractor.form",
		"forms/trial-project-procurement.settle.form", "forms/trial-project-procurement.submit-deliverables.form",
		"forms/trial-project-procurement.verify-effect.form" })
class TrialProjectProcurementProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

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
		settings(MunicipalityType.PREFECTURE_OR_DESIGNATED_CITY);
		Mocks.register("recordProgressMeetingListener", new RecordProgressMeetingListener());
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
	}

	@ParameterizedTest(name = "{0} {1} {2}円 -> {3}")
	@CsvSource({ "PREFECTURE_OR_DESIGNATED_CITY, SERVICES, 250000, Task_RequestSingleQuote, SINGLE_QUOTE",
			"PREFECTURE_OR_DESIGNATED_CITY, SERVICES, 770000, Task_CompareQuotes, MULTIPLE_QUOTES",
			"PREFECTURE_OR_DESIGNATED_CITY, SERVICES, 3000000, Task_EvaluateProposals, PROPOSAL",
			"PREFECTURE_OR_DESIGNATED_CITY, PURCHASE, 3000001, Task_ConductOpenTender, OPEN_TENDER",
			"OTHER, SERVICES, 910000, Task_CompareQuotes, MULTIPLE_QUOTES",
			"OTHER, SERVICES, 2730000, Task_EvaluateProposals, PROPOSAL" })
	void eachMethodLeadsToItsSelectionTaskAndOnToTheContract(MunicipalityType type, String kind, long amount,
			String selectionTask, String method) {
		settings(type);
		ProcessInstance project = start(kind, amount + 100_000);
		planAndSpecify(project, amount);
		complete(project, TASK_CONFIRM_BUDGET, Map.of(BUDGET_CONFIRMED, true));

		assertThat(project).isWaitingAt(selectionTask).variables()
			.containsEntry(PROCUREMENT_METHOD, method)
			.containsEntry(MUNICIPALITY_TYPE, type.value());
		String group = selectionTask.equals(TASK_CONDUCT_OPEN_TENDER) ? "contract-section"
				: "health-welfare-social-affairs";
		assertThat(candidateGroups(task(project))).containsExactly(group);

		select(project, selectionTask, amount);
		assertThat(project).isWaitingAt(TASK_CONCLUDE_CONTRACT);
		runToTheEnd(project);
	}

	@Test
	void aReturnedBudgetGoesBackToTheSpecification() {
		ProcessInstance project = start(KIND_SERVICES, 1_000_000);
		planAndSpecify(project, 1_500_000);
		complete(project, TASK_CONFIRM_BUDGET, Map.of(BUDGET_CONFIRMED, false, BUDGET_COMMENT, "予算額を超えています"));

		assertThat(project).isWaitingAt(TASK_DRAFT_SPECIFICATION).variables()
			.containsEntry(BUDGET_COMMENT, "予算額を超えています")
			.doesNotContainKey(PROCUREMENT_METHOD);
		complete(project, TASK_DRAFT_SPECIFICATION, specification(900_000));
		complete(project, TASK_CONFIRM_BUDGET, Map.of(BUDGET_CONFIRMED, true));
		assertThat(project).isWaitingAt(TASK_COMPARE_QUOTES).variables().containsEntry(ESTIMATED_AMOUNT_YEN, 900_000L);
	}

	@Test
	void progressMeetingsComeEveryCycleUntilTheDeliverablesPassInspection() {
		ProcessInstance project = start(KIND_SERVICES, 3_000_000);
		planAndSpecify(project, 2_500_000);
		complete(project, TASK_CONFIRM_BUDGET, Map.of(BUDGET_CONFIRMED, true));
		select(project, TASK_EVALUATE_PROPOSALS, 2_400_000);
		complete(project, TASK_CONCLUDE_CONTRACT, Map.of("contractDate", "2023-12-01", "contractNumber", "R5-123"));

		Task kickOff = task(project);
		assertThat(kickOff.getTaskDefinitionKey()).isEqualTo(TASK_HOLD_KICK_OFF);
		assertThat(kickOff.getDueDate()).isEqualTo(date("2023-12-06"));
		complete(project, TASK_HOLD_KICK_OFF, Map.of("kickOffDate", "2023-12-06", "workPlan", "作業計画"));

		Task delivery = taskAt(project, TASK_SUBMIT_DELIVERABLES);
		assertThat(candidateGroups(delivery)).containsExactly("event-contractor");
		assertThat(delivery.getDueDate()).isEqualTo(date("2024-02-06"));
		Job timer = managementService.createJobQuery().processInstanceId(project.getId()).timers().singleResult();
		assertThat(timer).as("the progress-meeting timer").isNotNull();
		long days = (timer.getDuedate().getTime() - System.currentTimeMillis()) / 86_400_000L;
		assertThat(days).isBetween(13L, 14L);

		holdMeeting(project, "2023-12-14", "東北共立 石川");
		holdMeeting(project, "2023-12-25", "東北共立 石川; ヘラルボニー 矢野");
		List<?> meetings = (List<?>) runtimeService.getVariable(project.getId(), PROGRESS_MEETINGS);
		assertThat(meetings.stream().map(meeting -> (Object) ((Map<?, ?>) meeting).get(MEETING_DATE)).toList())
			.containsExactly((Object) "2023-12-14", "2023-12-25");

		complete(project, TASK_SUBMIT_DELIVERABLES, Map.of("deliveredOn", "2024-02-06", "deliveryNote", "開催"));
		complete(project, TASK_INSPECT_DELIVERABLES,
				Map.of(INSPECTION_PASSED, false, INSPECTION_COMMENT, "報告書にアンケート結果がない"));
		assertThat(project).isWaitingAt(TASK_SUBMIT_DELIVERABLES).variables()
			.containsEntry(INSPECTION_COMMENT, "報告書にアンケート結果がない");
		complete(project, TASK_SUBMIT_DELIVERABLES, Map.of("deliveredOn", "2024-02-20", "deliveryNote", "報告書修正"));
		complete(project, TASK_INSPECT_DELIVERABLES, Map.of(INSPECTION_PASSED, true));

		assertThat(project).isWaitingAt(TASK_SETTLE);
		assertThat(managementService.createJobQuery().processInstanceId(project.getId()).timers().count())
			.as("no more meetings after acceptance").isZero();
		complete(project, TASK_SETTLE, Map.of("settledAmountYen", 2_400_000L, "paymentDate", "2024-03-15"));
		Task verification = task(project);
		assertThat(verification.getDueDate()).isEqualTo(date("2024-03-31"));
		complete(project, TASK_VERIFY_EFFECT, Map.of("effectSummary", "来場120名", "kpi1Name", "参加者数", "kpi1Value",
				120L, "kpi1Unit", "名"));
		assertThat(project).isEnded().hasPassed(END_EVENT);
	}

	@Test
	void aCallerMayPassItsOwnMeetingCycleButNeverTheMunicipalityType() {
		Map<String, Object> variables = new HashMap<>(Map.of(PROJECT_NAME, "調査業務の委託", PROGRESS_MEETING_CYCLE,
				"R/P7D", MUNICIPALITY_TYPE, "other"));
		ProcessInstance project = runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
		assertThat(project).variables().containsEntry(PROGRESS_MEETING_CYCLE, "R/P7D")
			.containsEntry(MUNICIPALITY_TYPE, "prefecture-or-designated-city");
	}

	// --- driving the model ---

	private void settings(MunicipalityType type) {
		Mocks.register("procurementSettingsListener",
				new ProcurementSettingsListener(new ProcurementProperties(type, "R/P14D")));
	}

	private ProcessInstance start(String kind, long budget) {
		// as Tasklist starts it: the start form names the project, which becomes its title and business key
		String definitionId = extension.getProcessEngine().getRepositoryService().createProcessDefinitionQuery()
			.processDefinitionKey(PROCESS_KEY).singleResult().getId();
		ProcessInstance project = formService.submitStartForm(definitionId, Map.of(PROJECT_NAME, "孤独・孤立シンポジウムの運営"));
		assertThat(project).isWaitingAt(TASK_PLAN_PROJECT);
		assertThat(project.getBusinessKey()).isEqualTo("孤独・孤立シンポジウムの運営");
		assertThat(TasklistTitles.shown(extension.getProcessEngine(), task(project))).isEqualTo("孤独・孤立シンポジウムの運営");
		assertThat(candidateGroups(task(project))).containsExactly("health-welfare-social-affairs");
		Map<String, Object> plan = new HashMap<>();
		plan.put(PROJECT_NAME, "孤独・孤立シンポジウムの運営");
		plan.put(PROJECT_CONTENT, "シンポジウムの企画運営");
		plan.put(PURPOSE_KPI, "参加者数、理解度");
		plan.put(PERIOD_START, "2023-12-01");
		plan.put(PERIOD_END, "2024-03-31");
		plan.put(BUDGET_YEN, budget);
		plan.put(CONTRACT_KIND, kind);
		plan.put(KICK_OFF_DUE_DATE, "2023-12-06");
		formService.submitTaskForm(task(project).getId(), plan);
		return project;
	}

	private void planAndSpecify(ProcessInstance project, long amount) {
		assertThat(project).isWaitingAt(TASK_DRAFT_SPECIFICATION);
		complete(project, TASK_DRAFT_SPECIFICATION, specification(amount));
		assertThat(candidateGroups(task(project))).containsExactly("health-welfare-general-affairs");
	}

	private static Map<String, Object> specification(long amount) {
		return Map.of("specificationSummary", "会場運営、配信", "deliverables", "運営、報告書", ESTIMATED_AMOUNT_YEN, amount,
				DELIVERY_DUE_DATE, "2024-02-06");
	}

	private void select(ProcessInstance project, String selectionTask, long amount) {
		complete(project, selectionTask, Map.of(CONTRACTOR_NAME, "東北共立", CONTRACTOR_GROUP, "event-contractor",
				CONTRACT_AMOUNT_YEN, amount, "selectionRecord", "記録"));
	}

	private void runToTheEnd(ProcessInstance project) {
		complete(project, TASK_CONCLUDE_CONTRACT, Map.of("contractDate", "2023-12-01", "contractNumber", "R5-1"));
		complete(project, TASK_HOLD_KICK_OFF, Map.of("kickOffDate", "2023-12-06", "workPlan", "計画"));
		complete(project, TASK_SUBMIT_DELIVERABLES, Map.of("deliveredOn", "2024-02-06", "deliveryNote", "開催"));
		complete(project, TASK_INSPECT_DELIVERABLES, Map.of(INSPECTION_PASSED, true));
		complete(project, TASK_SETTLE, Map.of("settledAmountYen", 100L, "paymentDate", "2024-03-15"));
		complete(project, TASK_VERIFY_EFFECT, Map.of("effectSummary", "達成", "kpi1Name", "PF参画意向", "kpi1Value", 86L,
				"kpi1Unit", "団体"));
		assertThat(project).isEnded();
	}

	private void holdMeeting(ProcessInstance project, String date, String attendees) {
		Job timer = managementService.createJobQuery().processInstanceId(project.getId()).timers().singleResult();
		managementService.executeJob(timer.getId());
		Task meeting = taskAt(project, TASK_HOLD_PROGRESS_MEETING);
		assertThat(candidateGroups(meeting)).containsExactly("health-welfare-social-affairs");
		formService.submitTaskForm(meeting.getId(),
				Map.of(MEETING_DATE, date, MEETING_ATTENDEES, attendees, MEETING_NOTES, "進捗確認"));
		assertThat(runtimeService.getVariable(project.getId(), MEETING_DATE)).as("meeting answers stay local").isNull();
	}

	private void complete(ProcessInstance project, String taskKey, Map<String, Object> variables) {
		formService.submitTaskForm(taskAt(project, taskKey).getId(), variables);
	}

	private Task task(ProcessInstance project) {
		return taskService.createTaskQuery().processInstanceId(project.getId()).singleResult();
	}

	private Task taskAt(ProcessInstance project, String taskKey) {
		return taskService.createTaskQuery().processInstanceId(project.getId()).taskDefinitionKey(taskKey)
			.singleResult();
	}

	private List<String> candidateGroups(Task task) {
		return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).toList();
	}

	private static Date date(String isoDate) {
		return Date.from(LocalDate.parse(isoDate).atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

}
