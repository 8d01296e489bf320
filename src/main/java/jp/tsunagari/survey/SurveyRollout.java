package jp.tsunagari.survey;

/**
 * The names the {@code survey-rollout} model (processes/survey-rollout.bpmn), its forms and its code share. Public
 * because tests of other features (platform formation) drive this process.
 */
public final class SurveyRollout {

	public static final String PROCESS_KEY = "survey-rollout";

	// --- element ids ---
	public static final String TASK_DRAFT_PLAN = "Task_DraftSurveyPlan";

	public static final String TASK_RECORD_PRE_HEARING = "Task_RecordPreHearing";

	public static final String TASK_IMPORT_RECIPIENTS = "Task_ImportRecipients";

	public static final String TASK_INTERNAL_INQUIRY = "Task_InternalInquiry";

	public static final String TASK_FINALISE_RECIPIENTS = "Task_FinaliseRecipients";

	public static final String TASK_APPROVE_SURVEY = "Task_ApproveSurvey";

	public static final String TASK_SEND_INVITATIONS = "Task_SendInvitations";

	public static final String TASK_SEND_REMINDERS = "Task_SendReminders";

	public static final String EVENT_RESPONSE_DEADLINE = "Event_ResponseDeadline";

	public static final String TASK_TABULATE_RESPONSES = "Task_TabulateResponses";

	public static final String TASK_REVIEW_RESULTS = "Task_ReviewResults";

	public static final String END_EVENT = "EndEvent_SurveyCompleted";

	public static final String CALL_PROCURE_CONTRACTOR = "CallActivity_ProcureSurveyContractor";

	// --- external-task topics and the response message ---
	public static final String TOPIC_SEND_INVITATIONS = "send-survey-invitations";

	public static final String TOPIC_SEND_REMINDERS = "send-survey-reminders";

	public static final String MESSAGE_RESPONSE_RECEIVED = "SurveyResponseReceived";

	// --- variables ---
	public static final String SURVEY_ID = "surveyId";

	public static final String SURVEY_TITLE = "surveyTitle";

	public static final String QUESTIONNAIRE_ID = "questionnaireId";

	public static final String RESPONSE_DEADLINE = "responseDeadline";

	public static final String PRE_HEARING_PLANNED = "preHearingPlanned";

	public static final String INQUIRY_GROUPS = "inquiryGroups";

	/** 直営 or 委託; when outsourced the contract fields below are the called procurement's project sheet. */
	public static final String SURVEY_EXECUTION = "surveyExecution";

	public static final String EXECUTION_DIRECT = "DIRECT";

	public static final String EXECUTION_OUTSOURCED = "OUTSOURCED";

	public static final String CONTRACT_CONTENT = "contractContent";

	public static final String CONTRACT_BUDGET_YEN = "contractBudgetYen";

	public static final String CONTRACT_PERIOD_START = "contractPeriodStart";

	public static final String CONTRACT_PERIOD_END = "contractPeriodEnd";

	public static final String CONTRACT_KICK_OFF_DUE_DATE = "contractKickOffDueDate";

	/** The contractor chosen in the called procurement. */
	public static final String SURVEY_CONTRACTOR_NAME = "surveyContractorName";

	public static final String SURVEY_APPROVED = "surveyApproved";

	public static final String APPROVAL_COMMENT = "approvalComment";

	public static final String RECIPIENT_COUNT = "recipientCount";

	public static final String EMAIL_COUNT = "emailCount";

	public static final String LETTER_COUNT = "letterCount";

	public static final String REMINDER_CYCLE = "reminderCycle";

	public static final String REMINDERS_SENT = "remindersSent";

	public static final String RESPONSE_COUNT = "responseCount";

	public static final String RESPONSE_RATE = "responseRate";

	public static final String TABULATION_SUMMARY = "tabulationSummary";

	public static final String CANDIDATE_MEMBER_COUNT = "candidateMemberCount";

	public static final String INFORMATION_REQUEST_COUNT = "informationRequestCount";

	public static final String PLAN_LEAD_TIME = "planLeadTime";

	public static final String RECIPIENTS_LEAD_TIME = "recipientsLeadTime";

	public static final String APPROVAL_LEAD_TIME = "approvalLeadTime";

	public static final String REVIEW_LEAD_TIME = "reviewLeadTime";

	private SurveyRollout() {
	}

}
