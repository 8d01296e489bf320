package jp.tsunagari.symposium;

/** One stored registration for an event. */
record Registration(long id, String eventId, String name, String email, String organisation,
		AttendeeCategory category, Participation participation, RegistrationStatus status, boolean attended) {
}
