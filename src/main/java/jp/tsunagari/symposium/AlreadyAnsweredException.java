package jp.tsunagari.symposium;

/** The attendee with this address has answered the event's questionnaire already. */
class AlreadyAnsweredException extends RuntimeException {

	AlreadyAnsweredException() {
		super("このメールアドレスでは、すでにアンケートに回答されています。");
	}

}
