package jp.tsunagari.system;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What no client may read in an answer: exception names and messages, SQL, stack frames, our and our libraries'
 * class names. Camunda REST's error {@code "type"} (the exception's simple name) is that API's documented contract
 * and is left out; its {@code "message"} is not.
 */
public final class InternalsInBody {

	private static final Pattern LEAK = Pattern.compile("\\w*Exception\\b|\\bSQL\\b|\\bat jp\\.|\\borg\\.h2|\\bjava\\.[a-z]"
			+ "|\\borg\\.camunda\\.|\\borg\\.springframework\\.|Caused by|\\bENGINE-\\d");

	private static final Pattern REST_ERROR_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"\\w+\"");

	private InternalsInBody() {
	}

	/** The first internal text in the body, if any. */
	public static Optional<String> in(String body) {
		Matcher found = LEAK.matcher(REST_ERROR_TYPE.matcher(body).replaceAll(""));
		return found.find() ? Optional.of(found.group()) : Optional.empty();
	}

}
