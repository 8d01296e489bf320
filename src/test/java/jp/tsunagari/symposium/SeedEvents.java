package jp.tsunagari.symposium;

import java.util.ArrayList;
import java.util.List;

import jp.tsunagari.symposium.QuestionnaireAnswer.PfInterest;
import jp.tsunagari.symposium.QuestionnaireAnswer.Satisfaction;
import jp.tsunagari.symposium.QuestionnaireAnswer.Understanding;

/**
 * The seeds' events replayed as individual records through the same code the pages use. Sendai: 120 attendees
 * (個人65, 行政42, 支援団体13, 001:L1581-1583) and questionnaire shares 86% / 49% / 82% (001:L1630-1643); the seed
 * gives no respondent count, so 57 respondents are assumed: 49, 28 and 47 positive answers give those shares.
 * Toyama: venue 57 (団体36, 一般21), online registrants 54 (団体35, 一般19) (001:L2982-2983).
 */
final class SeedEvents {

	static final int SENDAI_RESPONDENTS = 57;

	private SeedEvents() {
	}

	/** Registers and checks in Sendai's attendees, plus registrants who did not come and one waitlisted. */
	static void sendaiAttendance(EventRegistrations events, String eventId) {
		attend(events, eventId, AttendeeCategory.INDIVIDUAL, Participation.VENUE, 65);
		attend(events, eventId, AttendeeCategory.GOVERNMENT, Participation.VENUE, 42);
		attend(events, eventId, AttendeeCategory.SUPPORT_ORGANISATION, Participation.VENUE, 13);
		register(events, eventId, AttendeeCategory.INDIVIDUAL, Participation.VENUE, 7);
	}

	static void sendaiQuestionnaire(QuestionnaireAnswers answers, String eventId) {
		for (int i = 0; i < SENDAI_RESPONDENTS; i++) {
			AttendeeCategory category = i < 31 ? AttendeeCategory.INDIVIDUAL
					: i < 51 ? AttendeeCategory.GOVERNMENT : AttendeeCategory.SUPPORT_ORGANISATION;
			Understanding understanding = i < 30 ? Understanding.DEEPENED
					: i < 49 ? Understanding.SOMEWHAT_DEEPENED : i < 55 ? Understanding.HARDLY_DEEPENED
							: Understanding.NOT_DEEPENED;
			PfInterest interest = i % 2 == 0 && i < 56 ? PfInterest.YES : i % 3 == 0 ? PfInterest.NO
					: PfInterest.UNDECIDED;
			Satisfaction satisfaction = i < 20 ? Satisfaction.SATISFIED
					: i < 47 ? Satisfaction.SOMEWHAT_SATISFIED : i < 53 ? Satisfaction.NEUTRAL
							: Satisfaction.SOMEWHAT_DISSATISFIED;
			answers.submit(eventId, null, new QuestionnaireAnswer(category, understanding, interest, satisfaction, null));
		}
	}

	static void toyamaAttendance(EventRegistrations events, String eventId) {
		attend(events, eventId, AttendeeCategory.GOVERNMENT, Participation.VENUE, 20);
		attend(events, eventId, AttendeeCategory.SUPPORT_ORGANISATION, Participation.VENUE, 16);
		attend(events, eventId, AttendeeCategory.INDIVIDUAL, Participation.VENUE, 21);
		register(events, eventId, AttendeeCategory.SUPPORT_ORGANISATION, Participation.ONLINE, 35);
		register(events, eventId, AttendeeCategory.INDIVIDUAL, Participation.ONLINE, 19);
	}

	private static void attend(EventRegistrations events, String eventId, AttendeeCategory category,
			Participation participation, int count) {
		for (Registration registration : register(events, eventId, category, participation, count)) {
			events.recordAttendance(eventId, registration.id(), true);
		}
	}

	private static List<Registration> register(EventRegistrations events, String eventId, AttendeeCategory category,
			Participation participation, int count) {
		List<Registration> registered = new ArrayList<>();
		// an address registers once per event: number the registrants across the calls
		int before = events.registrations(eventId).size();
		for (int i = 0; i < count; i++) {
			registered.add(events.register(eventId, new Applicant(category.label() + " " + i,
					"registrant" + (before + i) + "@example.jp", null, category, participation)));
		}
		return registered;
	}

}
