package jp.tsunagari.symposium;

/** No event with this id (a mistyped or outdated link). */
class UnknownEventException extends RuntimeException {

	UnknownEventException(String eventId) {
		super("催しが見つかりません：" + eventId);
	}

}
