package jp.tsunagari.evaluation;

/** The programme register or its section mapping cannot be used; the message lists every problem found. */
class InvalidRegisterException extends RuntimeException {

	InvalidRegisterException(String message) {
		super(message);
	}

}
