package jp.tsunagari.evaluation;

import java.util.List;

/**
 * The names the {@code self-evaluation} model (processes/self-evaluation.bpmn), its forms and its code share:
 * process key, element ids, topic, variable names. Public because tests of other features drive this process.
 */
public final class SelfEvaluation {

	public static final String PROCESS_KEY = "self-evaluation";

	// --- element ids ---
	public static final String START_EVENT = "StartEvent_EvaluationOpened";

	public static final String TASK_LOAD_PROGRAMMES = "Task_LoadProgrammes";

	public static final String SUBPROCESS_PROGRAMME = "SubProcess_ProgrammeEvaluation";

	public static final String TASK_WRITE_SHEET = "Task_WriteSheet";

	public static final String TASK_REVIEW_SHEET = "Task_ReviewSheet";

	public static final String GATEWAY_SHEET_ACCEPTED = "Gateway_SheetAccepted";

	public static final String END_EVENT_SHEET_ACCEPTED = "EndEvent_SheetAccepted";

	public static final String TASK_COMPILE_RESULTS = "Task_CompileResults";

	public static final String TASK_COUNCIL_EVALUATION = "Task_CouncilEvaluation";

	public static final String TASK_PUBLISH_RESULTS = "Task_PublishResults";

	public static final String END_EVENT = "EndEvent_EvaluationPublished";

	// --- external-task topic ---
	public static final String TOPIC_LOAD_PROGRAMMES = "load-evaluation-programmes";

	// --- variables: start form ---
	public static final String FISCAL_YEAR = "fiscalYear";

	public static final String SUBMISSION_DEADLINE = "submissionDeadline";

	// --- variables: set by the programme register worker ---
	public static final String PROGRAMMES = "programmes";

	public static final String PROGRAMME_COUNT = "programmeCount";

	public static final String FISCAL_YEAR_LABEL = "fiscalYearLabel";

	public static final String NEXT_FISCAL_YEAR_LABEL = "nextFiscalYearLabel";

	/** The element variable of the per-programme sub-process (local to each instance). */
	public static final String PROGRAMME = "programme";

	// --- variables: the self-evaluation sheet (local to each programme's sub-process instance) ---
	public static final String ANNUAL_STATUS = "annualStatus";

	public static final String ANNUAL_CONTRIBUTION = "annualContribution";

	public static final String SETTLED_COST_KYEN = "settledCostKyen";

	public static final String NEXT_YEAR_BUDGET_KYEN = "nextYearBudgetKyen";

	public static final String TARGET_GROUPS = "targetGroups";

	public static final String TARGET_OTHER_TEXT = "targetOtherText";

	public static final String PERIOD_RESULTS = "periodResults";

	public static final String PERIOD_CONTRIBUTION = "periodContribution";

	public static final String ISSUES_NEXT_STEPS = "issuesNextSteps";

	public static final String COOP_COMMUNITY_ACTORS = "coopCommunityActors";

	public static final String COOP_CROSS_DEPARTMENT = "coopCrossDepartment";

	public static final String PARTNERS_ACHIEVED = "partnersAchieved";

	public static final String PARTNERS_NOT_ACHIEVED = "partnersNotAchieved";

	public static final String CONSULTATION_BODY_NAMES = "consultationBodyNames";

	public static final String CITY_DEPARTMENT_NAMES = "cityDepartmentNames";

	public static final String COOP_NARRATIVE = "coopNarrative";

	// --- variables: the secretariat's review (local to each programme's sub-process instance) ---
	public static final String SHEET_ACCEPTED = "sheetAccepted";

	public static final String REVIEW_COMMENT = "reviewComment";

	// --- variables: compiled results, council evaluation, publication ---
	public static final String ACCEPTED_SHEETS = "acceptedSheets";

	public static final String EVALUATION_SUMMARY = "evaluationSummary";

	public static final String COUNCIL_COMMENT = "councilComment";

	public static final String COUNCIL_RATING = "councilRating";

	public static final String PUBLICATION_DATE = "publicationDate";

	public static final String PUBLICATION_URL = "publicationUrl";

	/** Every answer of the sheet form; each is declared local to its programme so parallel sheets stay apart. */
	public static final List<String> SHEET_ANSWERS = List.of(ANNUAL_STATUS, ANNUAL_CONTRIBUTION, SETTLED_COST_KYEN,
			NEXT_YEAR_BUDGET_KYEN, TARGET_GROUPS, TARGET_OTHER_TEXT, PERIOD_RESULTS, PERIOD_CONTRIBUTION,
			ISSUES_NEXT_STEPS, COOP_COMMUNITY_ACTORS, COOP_CROSS_DEPARTMENT, PARTNERS_ACHIEVED, PARTNERS_NOT_ACHIEVED,
			CONSULTATION_BODY_NAMES, CITY_DEPARTMENT_NAMES, COOP_NARRATIVE);

	private SelfEvaluation() {
	}

}
