package jp.tsunagari.directory;

/** The directory file cannot be used; the message lists every mistake. */
class InvalidDirectoryException extends RuntimeException {

	InvalidDirectoryException(String message) {
		super("Invalid organisation directory " + message);
	}

}
