package jp.tsunagari.caseconference;

import java.util.List;

import jp.tsunagari.referral.CaseOpening;

/** The names the {@code case-conference} model (processes/case-conference.bpmn), its forms and its code share. */
public final class CaseConference {

	public static final String PROCESS_KEY = "case-conference";

	/** Case numbers C-2026-0001: the business key, never a name. */
	public static final String CASE_NUMBER_PREFIX = "C";

	/** 健康福祉局 社会課: the secretariat that checks the basis and passes regional issues to the platform. */
	public static final String SECRETARIAT_GROUP = "health-welfare-social-affairs";

	/** つながる支援連絡会議: the case meeting (Sendai 001:L440-442). */
	public static final String CASE_MEETING_GROUP = "support-liaison-council";

	// --- element ids ---
	public static final String TASK_CHECK_SHARING_BASIS = "Task_CheckSharingBasis";

	public static final String TASK_ASK_FOR_CONSENT = "Task_AskForConsent";

	public static final String TASK_SCHEDULE_CONFERENCE = "Task_ScheduleConference";

	public static final String EVENT_CONFERENCE_DAY = "Event_ConferenceDay";

	public static final String TASK_REVIEW_CASE = "Task_ReviewCase";

	public static final String TASK_REQUEST_RESOURCES = "Task_RequestResources";

	public static final String TASK_START_SUPPORT = "Task_StartSupport";

	public static final String TASK_SHARE_REGIONAL_ISSUE = "Task_ShareRegionalIssue";

	public static final String END_EVENT_NOT_SHARED = "EndEvent_NotShared";

	// --- variables ---
	public static final String CASE_NUMBER = CaseOpening.CASE_NUMBER;

	public static final String REPORTING_GROUP = "reportingGroup";

	public static final String PERSON_NAME = "personName";

	public static final String ISSUES = "issues";

	public static final String PERSON_SITUATION = "personSituation";

	public static final String REPORTED_ON = "reportedOn";

	public static final String SHARING_BASIS = "sharingBasis";

	public static final String BASIS_NOTE = "basisNote";

	public static final String CONSENT_OUTCOME = "consentOutcome";

	public static final String CONSENT_OBTAINED_ON = "consentObtainedOn";

	public static final String CONFERENCE_AT = "conferenceAt";

	public static final String REVIEW_OUTCOME = "reviewOutcome";

	public static final String SUPPORT_DECISION = "supportDecision";

	public static final String LEAD_ORGANISATION = "leadOrganisation";

	public static final String RESOURCES_NEEDED = "resourcesNeeded";

	public static final String RESOURCE_REQUEST = "resourceRequest";

	public static final String REGIONAL_ISSUE_NOTICED = "regionalIssueNoticed";

	public static final String REGIONAL_ISSUE = "regionalIssue";

	public static final String RESOURCES_OFFERED = "resourcesOffered";

	public static final String SUPPORT_START_NOTES = "supportStartNotes";

	public static final String PLATFORM_ISSUE = "platformIssue";

	public static final String SHARED_ON = "sharedOn";

	/** Personal details: never shown outside the case. platformIssue is written without them, for the platform. */
	public static final List<String> PERSONAL_VARIABLES = List.of(PERSON_NAME, ISSUES, PERSON_SITUATION, BASIS_NOTE,
			SUPPORT_DECISION, RESOURCE_REQUEST, REGIONAL_ISSUE, RESOURCES_OFFERED, SUPPORT_START_NOTES);

	private CaseConference() {
	}

}
