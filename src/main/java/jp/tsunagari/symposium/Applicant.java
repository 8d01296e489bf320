package jp.tsunagari.symposium;

/** What a person enters on the public registration page, already validated. */
record Applicant(String name, String email, String organisation, AttendeeCategory category,
		Participation participation) {
}
