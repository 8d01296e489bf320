package jp.tsunagari.referral;

import java.util.List;

/**
 * The names the {@code nabari-referral} model (processes/nabari-referral.bpmn), its meeting
 * ({@code area-director-meeting}), its feedback ({@code referral-feedback}), the routing table and the forms share.
 */
public final class NabariReferral {

	public static final String PROCESS_KEY = "nabari-referral";

	public static final String MEETING_PROCESS_KEY = "area-director-meeting";

	public static final String FEEDBACK_PROCESS_KEY = "referral-feedback";

	public static final String FIELDS_DECISION_KEY = "referral-fields";

	/** Case numbers R-2026-0001: the business key, never a name. */
	public static final String CASE_NUMBER_PREFIX = "R";

	/** The 地域包括支援センター: lead of the referral work (seed 004:L2357) and secretariat of the meeting. */
	public static final String CENTRE_GROUP = "community-comprehensive-support-centre";

	public static final String DISTRICT_GROUP_PREFIX = "machi-hokenshitsu-";

	// --- element ids ---
	public static final String START_EVENT = "StartEvent_Noticed";

	public static final String TASK_INTAKE = "Task_Intake";

	public static final String TASK_LOCAL_SUPPORT = "Task_LocalSupport";

	public static final String TASK_CHOOSE_FIELDS = "Task_ChooseFields";

	public static final String TASK_TABLE_CASE = "Task_TableCase";

	public static final String EVENT_MEETING_HELD = "Event_MeetingHeld";

	public static final String TASK_RECORD_DECISION = "Task_RecordDecision";

	public static final String TASK_CARRY_OUT_PLAN = "Task_CarryOutPlan";

	public static final String EVENT_FOLLOW_UP_DUE = "Event_FollowUpDue";

	public static final String TASK_FOLLOW_UP = "Task_FollowUp";

	public static final String TASK_SEND_FEEDBACK = "Task_SendFeedback";

	public static final String END_EVENT = "EndEvent_CaseClosed";

	public static final String MEETING_EVENT_DAY = "Event_MeetingDay";

	public static final String MEETING_TASK_HOLD = "Task_HoldMeeting";

	public static final String FEEDBACK_TASK_READ = "Task_ReadFeedback";

	// --- messages ---
	public static final String MESSAGE_CASE_TABLED = "ReferralCaseTabled";

	public static final String MESSAGE_MEETING_HELD = "ReferralMeetingHeld";

	// --- variables: the report (start form); personal except district and reporterType ---
	public static final String DISTRICT = "district";

	public static final String REPORTER_TYPE = "reporterType";

	public static final String REPORTER_NAME = "reporterName";

	public static final String REPORTER_CONTACT = "reporterContact";

	public static final String PERSON_NAME = "personName";

	public static final String PERSON_ADDRESS = "personAddress";

	public static final String PERSON_AGE_GROUP = "personAgeGroup";

	public static final String CONCERN = "concern";

	public static final String NOTICED_ON = "noticedOn";

	// --- variables: set when the case opens ---
	public static final String CASE_NUMBER = CaseOpening.CASE_NUMBER;

	public static final String DISTRICT_GROUP = "districtGroup";

	public static final String REPORTER_GROUP = "reporterGroup";

	/**
	 * How long the まちの保健室 has for an intake (ISO 8601, P7D): the intake task is due that long after it was created,
	 * at the report and at every reassessment.
	 */
	public static final String INTAKE_PERIOD = "intakePeriod";

	public static final String FOLLOW_UP_INTERVAL = "followUpInterval";

	// --- variables: intake ---
	public static final String ASSESSMENT = "assessment";

	public static final String NEEDS = "needs";

	public static final String CONSENT = "consent";

	public static final String LEGAL_BASIS = "legalBasis";

	public static final String CONSENT_RECORDED_ON = "consentRecordedOn";

	public static final String RESOLUTION = "resolution";

	public static final String CONSENT_GIVEN = "GIVEN";

	public static final String CONSENT_REFUSED = "REFUSED";

	public static final String CONSENT_LEGAL_BASIS = "LEGAL_BASIS";

	// --- variables: local support, routing, meeting, plan, follow-up ---
	public static final String LOCAL_CONNECTIONS = "localConnections";

	public static final String LOCAL_SUPPORT_NOTES = "localSupportNotes";

	public static final String FIELDS = "fields";

	public static final String FIELD_LABELS = "fieldLabels";

	public static final String FIELD_GROUPS = "fieldGroups";

	public static final String MEETING_KEY = "meetingKey";

	public static final String MEETING_AT = "meetingAt";

	public static final String MEETING_OUTCOME = "meetingOutcome";

	public static final String LEAD_FIELD = "leadField";

	public static final String LEAD_FIELD_GROUP = "leadFieldGroup";

	public static final String PARTNER_ORGANISATIONS = "partnerOrganisations";

	public static final String SUPPORT_PLAN = "supportPlan";

	public static final String DECISION_NOTE = "decisionNote";

	public static final String IMPLEMENTATION_NOTES = "implementationNotes";

	public static final String FOLLOW_UP_NOTES = "followUpNotes";

	public static final String CASE_STATUS = "caseStatus";

	public static final String FEEDBACK_MESSAGE = "feedbackMessage";

	// --- variables of the meeting instance (no personal details) ---
	public static final String AGENDA = "agenda";

	public static final String AGENDA_SUMMARY = "agendaSummary";

	/** Set by the message that tables one case; removed once the case is on the agenda. */
	public static final String TABLED_CASE = "tabledCase";

	public static final String REFERRAL_INSTANCE_ID = "referralInstanceId";

	/**
	 * Variables holding personal details of the person or the reporter: never shown outside the case (analytics
	 * must not read them; counts and progress use activity ids, dates, districts and fields only).
	 */
	public static final List<String> PERSONAL_VARIABLES = List.of(REPORTER_NAME, REPORTER_CONTACT, PERSON_NAME,
			PERSON_ADDRESS, PERSON_AGE_GROUP, CONCERN, ASSESSMENT, NEEDS, LEGAL_BASIS, LOCAL_CONNECTIONS,
			LOCAL_SUPPORT_NOTES, PARTNER_ORGANISATIONS, SUPPORT_PLAN, DECISION_NOTE, IMPLEMENTATION_NOTES,
			FOLLOW_UP_NOTES, FEEDBACK_MESSAGE);

	private NabariReferral() {
	}

}
