package jp.tsunagari.formation;

/**
 * The names the {@code platform-formation} model (processes/platform-formation.bpmn), its forms and its code share.
 */
public final class PlatformFormation {

	public static final String PROCESS_KEY = "platform-formation";

	// --- phases (embedded sub-processes: the progress page shows their names) ---
	public static final String PHASE_INITIAL = "SubProcess_InitialPhase";

	public static final String PHASE_PREPARATION = "SubProcess_PreparationPhase";

	public static final String PHASE_ESTABLISHMENT = "SubProcess_EstablishmentPhase";

	public static final String PHASE_SELF_RUNNING = "SubProcess_SelfRunningPhase";

	// --- element ids ---
	public static final String TASK_SET_LEAD = "Task_SetLead";

	public static final String TASK_GRASP_LOCAL_ISSUES = "Task_GraspLocalIssues";

	public static final String TASK_PICTURE_PLATFORM = "Task_PicturePlatform";

	public static final String TASK_COORDINATE_EXISTING_BODY = "Task_CoordinateExistingBody";

	public static final String TASK_PLAN_DETAILED_SURVEY = "Task_PlanDetailedSurvey";

	public static final String CALL_DETAILED_SURVEY = "CallActivity_DetailedSurvey";

	public static final String TASK_RECORD_STUDY_SESSIONS = "Task_RecordStudySessions";

	public static final String TASK_DESIGN_STRUCTURE = "Task_DesignStructure";

	public static final String TASK_INVOLVE_PARTICIPANTS = "Task_InvolveParticipants";

	public static final String TASK_PLAN_PUBLICITY = "Task_PlanPublicity";

	public static final String TASK_PLAN_SYMPOSIUM = "Task_PlanSymposium";

	public static final String CALL_SYMPOSIUM = "CallActivity_Symposium";

	public static final String TASK_RECORD_PUBLICITY = "Task_RecordPublicity";

	public static final String TASK_COLLECT_CANDIDATES = "Task_CollectCandidates";

	public static final String TASK_CONFIRM_MEMBERSHIP = "Task_ConfirmMembership";

	public static final String TASK_DECIDE_ESTABLISHMENT = "Task_DecideEstablishment";

	public static final String EVENT_NEXT_FISCAL_YEAR = "Event_NextFiscalYear";

	public static final String EVENT_YEAR_REVIEW = "Event_YearReview";

	public static final String EVENT_MEETING_DUE = "StartEvent_MeetingDue";

	public static final String TASK_HOLD_MEETING = "Task_HoldMeeting";

	public static final String TASK_CARRY_OVER_ISSUES = "Task_CarryOverIssues";

	public static final String TASK_NEXT_YEAR_POLICY = "Task_NextYearPolicy";

	public static final String END_EVENT = "EndEvent_PlatformSelfRunning";

	// --- variables: decisions (set by the forms) ---
	public static final String PLATFORM_NAME = "platformName";

	/** ③ EXISTS or NONE. */
	public static final String PLATFORM_EXISTS = "platformExists";

	public static final String EXISTS = "EXISTS";

	public static final String NONE = "NONE";

	/** ③ REUSE (an existing body) or NEW, when no PF exists. */
	public static final String OPERATING_FORM = "operatingForm";

	public static final String REUSE = "REUSE";

	public static final String NEW = "NEW";

	/** ④ SURVEY (calls survey-rollout) or STUDY_SESSIONS. */
	public static final String DETAILED_SURVEY_METHOD = "detailedSurveyMethod";

	public static final String SURVEY = "SURVEY";

	public static final String STUDY_SESSIONS = "STUDY_SESSIONS";

	public static final String SURVEY_TITLE = "surveyTitle";

	public static final String SURVEY_RESPONSE_RATE = "surveyResponseRate";

	public static final String SURVEY_CANDIDATE_COUNT = "surveyCandidateCount";

	/** ⑥ organisations introduced by others (one per line): member candidates. */
	public static final String REFERRED_ORGANISATIONS = "referredOrganisations";

	/** ⑦ SYMPOSIUM (calls symposium-planning) or OTHER. */
	public static final String PUBLICITY_METHOD = "publicityMethod";

	public static final String SYMPOSIUM = "SYMPOSIUM";

	public static final String OTHER = "OTHER";

	public static final String MEMBER_CANDIDATES = "memberCandidates";

	public static final String MEMBER_CANDIDATE_COUNT = "memberCandidateCount";

	public static final String CANDIDATE_ORGANISATION = "candidateOrganisation";

	public static final String MEMBERSHIP_CONFIRMED = "membershipConfirmed";

	/** CORE (運営を考えるコアメンバー) or LOOSE (ゆるやかなつながり). */
	public static final String MEMBERSHIP_TIER = "membershipTier";

	public static final String CONFIRMED_MEMBERS = "confirmedMembers";

	public static final String CONFIRMED_MEMBER_COUNT = "confirmedMemberCount";

	/** ESTABLISH or POSTPONE. */
	public static final String ESTABLISHMENT_DECISION = "establishmentDecision";

	public static final String ESTABLISH = "ESTABLISH";

	public static final String POSTPONE = "POSTPONE";

	public static final String POSTPONEMENT_REASON = "postponementReason";

	public static final String RECRUITMENT_RESUMES_ON = "recruitmentResumesOn";

	public static final String MEETING_DATE = "meetingDate";

	public static final String MEETING_ATTENDEES = "meetingAttendees";

	public static final String MEETING_NOTES = "meetingNotes";

	public static final String PLATFORM_MEETINGS = "platformMeetings";

	/** ⑩ CONTINUE (next fiscal year's cycle) or SELF_RUNNING (the members run the PF: the procedure ends). */
	public static final String NEXT_YEAR_OPERATION = "nextYearOperation";

	public static final String CONTINUE = "CONTINUE";

	public static final String SELF_RUNNING = "SELF_RUNNING";

	// --- variables: set by the code ---
	public static final String FISCAL_YEAR = "fiscalYear";

	public static final String FISCAL_YEAR_LABEL = "fiscalYearLabel";

	public static final String YEAR_REVIEW_ON = "yearReviewOn";

	public static final String MEETING_CYCLE = "meetingCycle";

	private PlatformFormation() {
	}

}
