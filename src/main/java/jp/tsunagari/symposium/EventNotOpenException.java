package jp.tsunagari.symposium;

/** The event is unknown or closed for what was asked (registration, questionnaire, attendance); the message is for people. */
class EventNotOpenException extends RuntimeException {

	EventNotOpenException(String message) {
		super(message);
	}

}
