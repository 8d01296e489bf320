package jp.tsunagari.procurement;

/**
 * The names the {@code trial-project-procurement} model (processes/trial-project-procurement.bpmn), the DMN
 * {@code procurement-method}, their forms and code share. Public: symposium-planning calls this process.
 */
public final class TrialProjectProcurement {

	public static final String PROCESS_KEY = "trial-project-procurement";

	public static final String DECISION_KEY = "procurement-method";

	// --- element ids ---
	public static final String TASK_PLAN_PROJECT = "Task_PlanProject";

	public static final String TASK_DRAFT_SPECIFICATION = "Task_DraftSpecification";

	public static final String TASK_CONFIRM_BUDGET = "Task_ConfirmBudget";

	public static final String TASK_DECIDE_PROCUREMENT_METHOD = "Task_DecideProcurementMethod";

	public static final String TASK_REQUEST_SINGLE_QUOTE = "Task_RequestSingleQuote";

	public static final String TASK_COMPARE_QUOTES = "Task_CompareQuotes";

	public static final String TASK_EVALUATE_PROPOSALS = "Task_EvaluateProposals";

	public static final String TASK_CONDUCT_OPEN_TENDER = "Task_ConductOpenTender";

	public static final String TASK_CONCLUDE_CONTRACT = "Task_ConcludeContract";

	public static final String TASK_HOLD_KICK_OFF = "Task_HoldKickOff";

	public static final String SUBPROCESS_IMPLEMENTATION = "SubProcess_Implementation";

	public static final String TASK_SUBMIT_DELIVERABLES = "Task_SubmitDeliverables";

	public static final String TASK_INSPECT_DELIVERABLES = "Task_InspectDeliverables";

	public static final String EVENT_PROGRESS_MEETING_DUE = "Event_ProgressMeetingDue";

	public static final String TASK_HOLD_PROGRESS_MEETING = "Task_HoldProgressMeeting";

	public static final String TASK_SETTLE = "Task_Settle";

	public static final String TASK_VERIFY_EFFECT = "Task_VerifyEffect";

	public static final String END_EVENT = "EndEvent_ProjectCompleted";

	// --- variables: project sheet (passed in by a calling process) ---
	public static final String PROJECT_NAME = "projectName";

	public static final String PROJECT_CONTENT = "projectContent";

	public static final String PURPOSE_KPI = "purposeKpi";

	public static final String PERIOD_START = "periodStart";

	public static final String PERIOD_END = "periodEnd";

	public static final String BUDGET_YEN = "budgetYen";

	public static final String CONTRACT_KIND = "contractKind";

	public static final String KICK_OFF_DUE_DATE = "kickOffDueDate";

	// --- variables: specification, budget, decision ---
	public static final String ESTIMATED_AMOUNT_YEN = "estimatedAmountYen";

	public static final String DELIVERY_DUE_DATE = "deliveryDueDate";

	public static final String BUDGET_CONFIRMED = "budgetConfirmed";

	public static final String BUDGET_COMMENT = "budgetComment";

	public static final String MUNICIPALITY_TYPE = "municipalityType";

	public static final String PROCUREMENT_METHOD = "procurementMethod";

	// --- variables: selection, contract, implementation ---
	public static final String CONTRACTOR_NAME = "contractorName";

	public static final String CONTRACTOR_GROUP = "contractorGroup";

	public static final String CONTRACT_AMOUNT_YEN = "contractAmountYen";

	public static final String INSPECTION_PASSED = "inspectionPassed";

	public static final String INSPECTION_COMMENT = "inspectionComment";

	public static final String PROGRESS_MEETING_CYCLE = "progressMeetingCycle";

	public static final String MEETING_DATE = "meetingDate";

	public static final String MEETING_ATTENDEES = "meetingAttendees";

	public static final String MEETING_NOTES = "meetingNotes";

	/** The records of all progress meetings, appended by {@link RecordProgressMeetingListener}. */
	public static final String PROGRESS_MEETINGS = "progressMeetings";

	/** Contract kinds as in 地方自治法施行令 別表第5 (the DMN's input values). */
	public static final String KIND_CONSTRUCTION = "CONSTRUCTION";

	public static final String KIND_PURCHASE = "PURCHASE";

	public static final String KIND_SERVICES = "SERVICES";

	private TrialProjectProcurement() {
	}

}
