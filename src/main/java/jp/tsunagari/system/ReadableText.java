package jp.tsunagari.system;

/**
 * Text that can be stored, shown, exported and printed: no control character (NUL and the like; tab and line breaks
 * are text) and no unreadable byte sequence (which decoders turn into U+FFFD). One rule for our pages
 * ({@link TextInputGuard}) and the forms of the engine REST API (jp.tsunagari.forms).
 */
public final class ReadableText {

	private ReadableText() {
	}

	public static boolean readable(String value) {
		return value.codePoints()
			.noneMatch(c -> c == '\uFFFD' || (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n'
					&& c != '\r'));
	}

}
