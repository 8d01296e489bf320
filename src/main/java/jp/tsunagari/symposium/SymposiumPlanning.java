package jp.tsunagari.symposium;

/**
 * The names the {@code symposium-planning} model (processes/symposium-planning.bpmn), its forms and its code share.
 */
public final class SymposiumPlanning {

	public static final String PROCESS_KEY = "symposium-planning";

	// --- element ids ---
	public static final String START_EVENT = "StartEvent_SymposiumPlanned";

	public static final String CALL_PROCURE_CONTRACTORS = "CallActivity_ProcureContractors";

	public static final String TASK_BOOK_VENUE = "Task_BookVenue";

	public static final String TASK_DRAFT_PROGRAMME = "Task_DraftProgramme";

	public static final String SUBPROCESS_SPEAKER_INVITATION = "SubProcess_SpeakerInvitation";

	public static final String TASK_INVITE_SPEAKER = "Task_InviteSpeaker";

	public static final String TASK_FIND_ALTERNATIVE_SPEAKER = "Task_FindAlternativeSpeaker";

	public static final String TASK_OPEN_REGISTRATION = "Task_OpenRegistration";

	public static final String TASK_DISTRIBUTE_FLYERS = "Task_DistributeFlyers";

	public static final String TASK_PLACE_MEDIA_ADS = "Task_PlaceMediaAds";

	public static final String TASK_PUBLISH_IN_NEWSLETTER = "Task_PublishInNewsletter";

	public static final String TASK_POST_ON_SNS = "Task_PostOnSns";

	public static final String TASK_INVITE_SURVEY_RESPONDENTS = "Task_InviteSurveyRespondents";

	public static final String TASK_REQUEST_DEPARTMENTS = "Task_RequestDepartments";

	public static final String TASK_HOLD_EVENT = "Task_HoldEvent";

	public static final String TASK_CLOSE_QUESTIONNAIRE = "Task_CloseQuestionnaire";

	public static final String TASK_PUBLISH_EVENT_REPORT = "Task_PublishEventReport";

	public static final String END_EVENT = "EndEvent_SymposiumCompleted";

	// --- variables: plan (start form) ---
	public static final String EVENT_TITLE = "eventTitle";

	public static final String THEME = "theme";

	public static final String EVENT_DATE = "eventDate";

	public static final String BUDGET_YEN = "budgetYen";

	public static final String EVENT_CONTRACT_BUDGET_YEN = "eventContractBudgetYen";

	public static final String DECORATION_CONTRACT_BUDGET_YEN = "decorationContractBudgetYen";

	// --- variables: schedule ---
	public static final String KICK_OFF_DUE_DATE = "kickOffDueDate";

	public static final String VENUE_DUE_DATE = "venueDueDate";

	public static final String SPEAKERS_DUE_DATE = "speakersDueDate";

	public static final String PUBLICITY_DUE_DATE = "publicityDueDate";

	public static final String REPORT_DUE_DATE = "reportDueDate";

	public static final String CONTRACTOR_PROCUREMENTS = "contractorProcurements";

	// --- variables: venue, programme, speakers ---
	public static final String CAPACITY = "capacity";

	public static final String SPEAKER_CANDIDATES = "speakerCandidates";

	public static final String SPEAKER_INVITATIONS = "speakerInvitations";

	public static final String SPEAKER_ROLE = "speakerRole";

	public static final String CANDIDATE_NAME = "candidateName";

	public static final String CANDIDATE_AFFILIATION = "candidateAffiliation";

	public static final String SPEAKER_ACCEPTED = "speakerAccepted";

	public static final String DECLINE_REASON = "declineReason";

	public static final String CONFIRMED_SPEAKERS = "confirmedSpeakers";

	// --- variables: registration, publicity, report ---
	public static final String EVENT_ID = "eventId";

	public static final String REGISTRATION_PATH = "registrationPath";

	public static final String CHANNEL_CARRIED_OUT = "channelCarriedOut";

	public static final String CHANNEL_NOTE = "channelNote";

	public static final String PUBLICITY_RECORDS = "publicityRecords";

	public static final String SURVEY_INVITEES = "surveyInvitees";

	public static final String SURVEY_INVITEE_COUNT = "surveyInviteeCount";

	public static final String SURVEY_INVITEE_LIST = "surveyInviteeList";

	public static final String EVENT_REPORT = "eventReport";

	private SymposiumPlanning() {
	}

}
