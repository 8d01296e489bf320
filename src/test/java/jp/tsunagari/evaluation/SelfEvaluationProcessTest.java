package jp.tsunagari.evaluation;

import static jp.tsunagari.evaluation.SelfEvaluation.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
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

import org.springframework.core.io.ClassPathResource;

import jp.tsunagari.system.TasklistTitles;

/**
 * The self-evaluation model on an in-memory engine (src/test/resources/process-test.cfg.xml), driven the way Tasklist
 * and the worker drive it: start form and task forms through the FormService (Tasklist's submit-form), checklist
 * answers as Json variables, the loading step completed with what the worker's plain classes return. Every flow node
 * and sequence flow is covered (asserted by the coverage extension when the class ends, so run the class as a whole:
 * a single method fails that check).
 */
@Deployment(resources = { "processes/self-evaluation.bpmn", "forms/self-evaluation.evaluation-opened.form",
		"forms/self-evaluation.write-sheet.form", "forms/self-evaluation.review-sheet.form",
		"forms/self-evaluation.council-evaluation.form", "forms/self-evaluation.publish-results.form" })
class SelfEvaluationProcessTest {

	/** Registered statically, so coverage is collected for the class; not named camunda.cfg.xml: see that file. */
	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final String WORKER = "test-worker";

	/** Three sheets of fiscal year 2020 (a single section, a joint section, a ward section) and one of 2021. */
	private static final String SMALL_REGISTER = """
			sheet_seq,fiscal_year,policy_direction_code,priority_measure,programme_no,programme_name,responsible_section
			1,2020,1-4,仙台の強みを活かした新たな担い手の育成,1,地域防災リーダー養成・支援事業,危機管理局減災推進課
			12,,2-2,コミュニティソーシャルワーカーによる地域支援活動と人材育成の促進,1,地域支援推進のためのコミュニティソーシャルワーカーの育成強化,健康福祉局社会課・仙台市社会福祉協議会
			22,2020,3-3,災害に強い地域づくり,8,六郷東部地区現地再建まちづくり,若林区　まちづくり推進課
			40,2021,3-3,災害に強い地域づくり,9,翌年度だけの事業,危機管理局減災推進課
			""";

	private ProcessEngine engine;

	private RepositoryService repositoryService;

	private RuntimeService runtimeService;

	private FormService formService;

	private TaskService taskService;

	private ExternalTaskService externalTaskService;

	private ManagementService managementService;

	@BeforeEach
	void services() {
		engine = extension.getProcessEngine();
		BpmnAwareTests.init(engine);
		repositoryService = engine.getRepositoryService();
		runtimeService = engine.getRuntimeService();
		formService = engine.getFormService();
		taskService = engine.getTaskService();
		externalTaskService = engine.getExternalTaskService();
		managementService = engine.getManagementService();
		Mocks.register("recordAcceptedSheetListener", new RecordAcceptedSheetListener());
		Mocks.register("compileEvaluationResultsDelegate", new CompileEvaluationResultsDelegate());
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
	}

	@Test
	void sendsEachSheetOfTheYearToItsSectionsDueOnTheDeadline() throws IOException {
		ProcessInstance evaluation = open(2020, "2021-06-30");

		// started in Tasklist without a business key: the fiscal year names it
		assertThat(evaluation.getBusinessKey()).isEqualTo("令和2年度 地域保健福祉計画 自己評価");
		assertThat(evaluation).isWaitingAt(TASK_LOAD_PROGRAMMES).externalTask().hasTopicName(TOPIC_LOAD_PROGRAMMES);
		loadProgrammes(evaluation, smallRegister());

		assertThat(evaluation).isWaitingAt(TASK_WRITE_SHEET);
		List<Task> sheets = tasks(evaluation, TASK_WRITE_SHEET);
		assertThat(sheets).hasSize(3);
		Map<String, Set<String>> groupsByProgramme = new TreeMap<>();
		for (Task sheet : sheets) {
			groupsByProgramme.put(programmeId(sheet), candidateGroups(sheet));
			assertThat(sheet.getDueDate()).isEqualTo(endOfDay(2021, 6, 30));
		}
		// each sheet's card in Tasklist names its programme and section, not only 「自己評価シートの作成」
		assertThat(sheets).extracting(sheet -> TasklistTitles.shown(engine, sheet)).containsExactlyInAnyOrder(
				"1-4 地域防災リーダー養成・支援事業（危機管理局減災推進課）",
				"2-2 地域支援推進のためのコミュニティソーシャルワーカーの育成強化（健康福祉局社会課・仙台市社会福祉協議会）",
				"3-3 六郷東部地区現地再建まちづくり（若林区　まちづくり推進課）");
		assertThat(groupsByProgramme).containsExactly(Map.entry("1", Set.of("disaster-reduction")),
				Map.entry("12", Set.of("health-welfare-social-affairs", "social-welfare-council")),
				Map.entry("22", Set.of("ward-wakabayashi-community-development")));
		assertThat(evaluation).variables()
			.containsEntry(PROGRAMME_COUNT, 3)
			.containsEntry(FISCAL_YEAR_LABEL, "令和2年度")
			.containsEntry(NEXT_FISCAL_YEAR_LABEL, "令和3年度");
		assertThat(sheets.get(0).getCamundaFormRef().getKey()).isEqualTo("self-evaluation.write-sheet");
	}

	@Test
	void keepsTheAnswersOfParallelSheetsApart() throws IOException {
		ProcessInstance evaluation = open(2020, "2021-06-30");
		loadProgrammes(evaluation, smallRegister());

		submitSheet(sheetOf(evaluation, "1"), answers(1546, 5686, "1", "1", List.of("1", "8", "12")));
		submitSheet(sheetOf(evaluation, "22"), answers(249438, 134, "1", "3", List.of("12")));

		Task disasterReview = reviewOf(evaluation, "1");
		Task wardReview = reviewOf(evaluation, "22");
		// the review is a scope of its own (input mapping): its card still shows its sheet's title
		assertThat(TasklistTitles.shown(engine, disasterReview)).isEqualTo("1-4 地域防災リーダー養成・支援事業（危機管理局減災推進課）");
		assertThat(TasklistTitles.shown(engine, wardReview)).isEqualTo("3-3 六郷東部地区現地再建まちづくり（若林区　まちづくり推進課）");
		assertThat(taskService.getVariable(disasterReview.getId(), SETTLED_COST_KYEN)).isEqualTo(1546);
		assertThat(taskService.getVariable(wardReview.getId(), SETTLED_COST_KYEN)).isEqualTo(249438);
		assertThat(taskService.getVariable(wardReview.getId(), COOP_CROSS_DEPARTMENT)).isEqualTo("3");
		assertThat(candidateGroups(disasterReview)).containsExactly("health-welfare-general-affairs");
		// nothing a section answered leaked to the process instance, where the next sheet would overwrite it
		assertThat(runtimeService.getVariablesLocal(evaluation.getId()).keySet())
			.doesNotContainAnyElementsOf(SHEET_ANSWERS)
			.doesNotContain(SHEET_ACCEPTED, REVIEW_COMMENT);
	}

	@Test
	void returnedSheetGoesBackToItsSectionWithTheCommentAndTheEarlierAnswers() throws IOException {
		ProcessInstance evaluation = open(2020, "2021-06-30");
		loadProgrammes(evaluation, smallRegister());
		submitSheet(sheetOf(evaluation, "1"), answers(1546, 5686, "1", "1", List.of("1", "8", "12")));

		formService.submitTaskForm(reviewOf(evaluation, "1").getId(),
				Variables.createVariables().putValue(SHEET_ACCEPTED, false).putValue(REVIEW_COMMENT, "予算額を確認してください"));

		Task rework = sheetOf(evaluation, "1");
		assertThat(candidateGroups(rework)).containsExactly("disaster-reduction");
		VariableMap shown = formService.getTaskFormVariables(rework.getId());
		assertThat(shown.getValue(REVIEW_COMMENT, String.class)).isEqualTo("予算額を確認してください");
		assertThat(shown.getValue(SHEET_ACCEPTED, Boolean.class)).isFalse();
		assertThat(shown.getValue(SETTLED_COST_KYEN, Integer.class)).isEqualTo(1546);
		assertThat(shown.getValueTyped(PARTNERS_ACHIEVED).getType().getName()).isEqualTo("json");

		submitSheet(rework, answers(1546, 5000, "1", "1", List.of("1", "8", "12")));
		Task secondReview = reviewOf(evaluation, "1");
		// the second review starts undecided, whatever the first one said
		assertThat(formService.getTaskFormVariables(secondReview.getId()).get(SHEET_ACCEPTED)).isNull();
		assertThat(taskService.getVariable(secondReview.getId(), NEXT_YEAR_BUDGET_KYEN)).isEqualTo(5000);
		accept(secondReview);

		assertThat(sheetOfOrNull(evaluation, "1")).isNull();
		assertThat(acceptedSheets(evaluation)).singleElement()
			.satisfies(sheet -> assertThat(sheet).containsEntry("programmeId", "1").containsEntry("budgetKyen", 5000));
	}

	@Test
	void refusesAReturnWithoutAComment() throws IOException {
		ProcessInstance evaluation = open(2020, "2021-06-30");
		loadProgrammes(evaluation, smallRegister());
		submitSheet(sheetOf(evaluation, "22"), answers(0, 0, "1", "1", List.of()));
		Task review = reviewOf(evaluation, "22");

		assertThatThrownBy(() -> formService.submitTaskForm(review.getId(),
				Variables.createVariables().putValue(SHEET_ACCEPTED, false).putValue(REVIEW_COMMENT, "")))
			.isInstanceOf(ProcessEngineException.class);
		assertThatThrownBy(() -> taskService.complete(review.getId()))
			.isInstanceOf(ProcessEngineException.class);

		assertThat(reviewOf(evaluation, "22")).isNotNull();
	}

	@Test
	void refusesASheetWithoutItsAmountsAndKeepsItOpen() throws IOException {
		ProcessInstance evaluation = open(2020, "2021-06-30");
		loadProgrammes(evaluation, smallRegister());
		Map<String, Object> incomplete = answers(1546, 5686, "1", "1", List.of("1"));
		incomplete.remove(SETTLED_COST_KYEN);
		Task sheet = sheetOf(evaluation, "1");

		// the sheet's form requires the amount: refused at submission, naming the field, and the sheet stays open
		assertThatThrownBy(() -> submitSheet(sheet, incomplete)).isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("「令和2年度決算額（千円）」(settledCostKyen) は必須です");
		assertThat(sheetOf(evaluation, "1").getId()).isEqualTo(sheet.getId());
	}

	/**
	 * Seed replay: the 38 sheets of seed 003 run through the whole process with the answers their sections gave;
	 * the compiled totals must equal an independent computation over the CSV, and the figures of the seed notes.
	 */
	@Test
	void replaysTheSeedsThirtyEightSheetsToPublication() throws IOException {
		ProcessInstance evaluation = open(2020, "2021-06-30");
		ProgrammeRegister seed = ProgrammeRegister.load(new ClassPathResource(SeedSheets.REGISTER),
				new ClassPathResource(SeedSheets.SECTION_GROUPS));
		loadProgrammes(evaluation, seed);

		List<Map<String, String>> rows = SeedSheets.rows();
		assertThat(tasks(evaluation, TASK_WRITE_SHEET)).hasSize(38);
		assertThat(candidateGroups(sheetOf(evaluation, "1"))).containsExactly("disaster-reduction");
		assertThat(candidateGroups(sheetOf(evaluation, "19")))
			.containsExactlyInAnyOrder("health-welfare-general-affairs", "health-welfare-social-affairs");
		for (Map<String, String> row : rows) {
			submitSheet(sheetOf(evaluation, row.get("sheet_seq")), SeedSheets.answers(row));
		}
		for (Map<String, String> row : rows) {
			accept(reviewOf(evaluation, row.get("sheet_seq")));
		}

		assertThat(evaluation).isWaitingAt(TASK_COMPILE_RESULTS);
		Job compile = managementService.createJobQuery().processInstanceId(evaluation.getId()).singleResult();
		managementService.executeJob(compile.getId());

		assertThat(evaluation).isWaitingAt(TASK_COUNCIL_EVALUATION)
			.task()
			.hasCandidateGroup("welfare-plan-subcommittee");
		Map<String, Object> summary = map(runtimeService.getVariable(evaluation.getId(), EVALUATION_SUMMARY));
		assertSummaryMatchesIndependentCount(summary, rows);
		// the seed notes' own figures (notes-sendai-self-evaluation.md §2.2)
		assertThat(summary).containsEntry("sheets", 38)
			.containsEntry("settledKyen", 2_299_929)
			.containsEntry("budgetKyen", 2_357_992)
			.containsEntry("distinctSettledKyen", 2_170_974)
			.containsEntry("distinctBudgetKyen", 2_185_130);
		assertThat((List<?>) summary.get("cooperation")).first()
			.satisfies(row -> assertThat(map(row)).containsEntry("achieved", 38));
		assertThat((List<?>) summary.get("cooperation")).last()
			.satisfies(row -> assertThat(map(row)).containsEntry("achieved", 32).containsEntry("undecided", 6));

		formService.submitTaskForm(task(evaluation, TASK_COUNCIL_EVALUATION).getId(), Variables.createVariables()
			.putValue(COUNCIL_RATING, "B")
			.putValue(COUNCIL_COMMENT, "各事業とも新型コロナウイルスの影響下で工夫して実施された。"));
		Task publish = task(evaluation, TASK_PUBLISH_RESULTS);
		assertThat(candidateGroups(publish)).containsExactly("health-welfare-general-affairs");
		formService.submitTaskForm(publish.getId(), Variables.createVariables()
			.putValue(PUBLICATION_DATE, "2021-09-30")
			.putValue(PUBLICATION_URL, "https://www.city.example.jp/kenko/hyoka-r2.html"));

		assertThat(evaluation).isEnded()
			.hasPassedInOrder(START_EVENT, TASK_LOAD_PROGRAMMES, SUBPROCESS_PROGRAMME, TASK_COMPILE_RESULTS,
					TASK_COUNCIL_EVALUATION, TASK_PUBLISH_RESULTS, END_EVENT)
			.hasNotPassed("Flow_SheetReturned");
	}

	private void assertSummaryMatchesIndependentCount(Map<String, Object> summary, List<Map<String, String>> rows) {
		Map<String, long[]> bySection = new HashMap<>();
		Map<String, Integer> crossDepartment = new HashMap<>();
		for (Map<String, String> row : rows) {
			long[] totals = bySection.computeIfAbsent(row.get("responsible_section"), section -> new long[3]);
			totals[0]++;
			totals[1] += Long.parseLong(row.get("budget_r2_settled_kyen"));
			totals[2] += Long.parseLong(row.get("budget_r3_budget_kyen"));
			crossDepartment.merge(row.get("coop_cross_department_code"), 1, Integer::sum);
		}
		Map<String, List<Long>> expected = bySection.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> List.of(entry.getValue()[0], entry.getValue()[1],
					entry.getValue()[2])));
		Map<String, List<Long>> actual = new HashMap<>();
		for (Object row : (List<?>) summary.get("bySection")) {
			Map<?, ?> section = (Map<?, ?>) row;
			actual.put((String) section.get("name"), List.of(number(section.get("sheets")),
					number(section.get("settledKyen")), number(section.get("budgetKyen"))));
		}
		assertThat(actual).isEqualTo(expected);
		assertThat(actual).hasSize(19);
		Map<?, ?> crossRow = (Map<?, ?>) ((List<?>) summary.get("cooperation")).get(1);
		assertThat(number(crossRow.get("achieved"))).isEqualTo(crossDepartment.getOrDefault("①", 0).longValue());
		assertThat(number(crossRow.get("undecided"))).isEqualTo(crossDepartment.getOrDefault("③", 0).longValue());
		assertThat(number(crossRow.get("notAchieved")) + number(crossRow.get("notNeeded")))
			.isEqualTo(crossDepartment.getOrDefault("②", 0) + crossDepartment.getOrDefault("④", 0));
	}

	// --- driving the process as Tasklist and the worker do ---

	private ProcessInstance open(int fiscalYear, String deadline) {
		String definition = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(PROCESS_KEY)
			.latestVersion()
			.singleResult()
			.getId();
		return formService.submitStartForm(definition,
				Variables.createVariables().putValue(FISCAL_YEAR, fiscalYear).putValue(SUBMISSION_DEADLINE, deadline));
	}

	/** What LoadEvaluationProgrammesWorker does, through the engine API instead of REST. */
	private void loadProgrammes(ProcessInstance evaluation, ProgrammeRegister register) {
		List<LockedExternalTask> locked = externalTaskService.fetchAndLock(1, WORKER)
			.topic(TOPIC_LOAD_PROGRAMMES, 60_000L)
			.variables(FISCAL_YEAR)
			.processDefinitionKey(PROCESS_KEY)
			.execute();
		assertThat(locked).hasSize(1);
		int fiscalYear = LoadEvaluationProgrammesWorker.fiscalYear(locked.get(0).getVariables().get(FISCAL_YEAR));
		externalTaskService.complete(locked.get(0).getId(), WORKER, register.assignmentsFor(fiscalYear).variables());
	}

	private void submitSheet(Task sheet, Map<String, Object> answers) {
		VariableMap variables = Variables.createVariables();
		answers.forEach((name, value) -> {
			if (value instanceof Collection<?> list) {
				// Tasklist sends checklist answers as Json, typed after the variable it loaded
				variables.putValueTyped(name, SpinValues.jsonValue(json(list)).create());
			}
			else {
				variables.putValue(name, value);
			}
		});
		formService.submitTaskForm(sheet.getId(), variables);
	}

	private void accept(Task review) {
		formService.submitTaskForm(review.getId(), Variables.createVariables().putValue(SHEET_ACCEPTED, true));
	}

	private static Map<String, Object> answers(int settled, int budget, String communityActors, String crossDepartment,
			List<String> partners) {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put(TARGET_GROUPS, List.of("COMMUNITY_ACTORS"));
		answers.put(ANNUAL_STATUS, "講習会を実施した。");
		answers.put(SETTLED_COST_KYEN, settled);
		answers.put(NEXT_YEAR_BUDGET_KYEN, budget);
		answers.put(ISSUES_NEXT_STEPS, "担い手の若返りを図る。");
		answers.put(COOP_COMMUNITY_ACTORS, communityActors);
		answers.put(COOP_CROSS_DEPARTMENT, crossDepartment);
		answers.put(PARTNERS_ACHIEVED, partners);
		answers.put(PARTNERS_NOT_ACHIEVED, List.of());
		if (partners.contains("12")) {
			answers.put(CITY_DEPARTMENT_NAMES, "健康福祉局、消防局");
		}
		return answers;
	}

	private static String json(Collection<?> values) {
		return values.stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(",", "[", "]"));
	}

	// --- reading the state ---

	private ProgrammeRegister smallRegister() throws IOException {
		SectionGroups groups;
		try (var in = new ClassPathResource(SeedSheets.SECTION_GROUPS).getInputStream()) {
			groups = SectionGroups.read(in, SeedSheets.SECTION_GROUPS);
		}
		return ProgrammeRegister.read(new StringReader(SMALL_REGISTER), "small register", groups);
	}

	private List<Task> tasks(ProcessInstance evaluation, String taskKey) {
		return taskService.createTaskQuery()
			.processInstanceId(evaluation.getId())
			.taskDefinitionKey(taskKey)
			.initializeFormKeys()
			.list();
	}

	private Task task(ProcessInstance evaluation, String taskKey) {
		List<Task> tasks = tasks(evaluation, taskKey);
		assertThat(tasks).hasSize(1);
		return tasks.get(0);
	}

	private Task sheetOf(ProcessInstance evaluation, String programmeId) {
		Task sheet = sheetOfOrNull(evaluation, programmeId);
		assertThat(sheet).as("sheet task of programme %s", programmeId).isNotNull();
		return sheet;
	}

	private Task sheetOfOrNull(ProcessInstance evaluation, String programmeId) {
		return ofProgramme(tasks(evaluation, TASK_WRITE_SHEET), programmeId);
	}

	private Task reviewOf(ProcessInstance evaluation, String programmeId) {
		Task review = ofProgramme(tasks(evaluation, TASK_REVIEW_SHEET), programmeId);
		assertThat(review).as("review task of programme %s", programmeId).isNotNull();
		return review;
	}

	private Task ofProgramme(List<Task> tasks, String programmeId) {
		return tasks.stream().filter(task -> programmeId.equals(programmeId(task))).findFirst().orElse(null);
	}

	private String programmeId(Task task) {
		return (String) ((Map<?, ?>) taskService.getVariable(task.getId(), PROGRAMME)).get("id");
	}

	private Set<String> candidateGroups(Task task) {
		Set<String> groups = new LinkedHashSet<>();
		for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
				groups.add(link.getGroupId());
			}
		}
		return groups;
	}

	private List<Map<String, Object>> acceptedSheets(ProcessInstance evaluation) {
		List<Map<String, Object>> sheets = new ArrayList<>();
		for (Object sheet : (Collection<?>) runtimeService.getVariable(evaluation.getId(), ACCEPTED_SHEETS)) {
			sheets.add(map(sheet));
		}
		sheets.sort(Comparator.comparing(sheet -> String.valueOf(sheet.get("programmeId"))));
		return sheets;
	}

	private static Date endOfDay(int year, int month, int day) {
		return Date.from(LocalDateTime.of(year, month, day, 23, 59, 59).atZone(ZoneId.systemDefault()).toInstant());
	}

	/** A deserialized JSON object variable (the engine stores our maps as JSON). */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

}
