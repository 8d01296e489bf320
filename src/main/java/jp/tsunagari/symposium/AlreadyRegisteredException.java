package jp.tsunagari.symposium;

/** The e-mail address has a registration for this event already (a second submission, or someone else's). */
class AlreadyRegisteredException extends RuntimeException {

	AlreadyRegisteredException() {
		super("このメールアドレスでは、すでに申し込まれています。");
	}

}
