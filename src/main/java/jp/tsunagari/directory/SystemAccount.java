package jp.tsunagari.directory;

/** An account the application needs whatever the directory says: the administrator, the workers. */
record SystemAccount(String username, String password) {

	boolean isComplete() {
		return username != null && !username.isBlank() && password != null && !password.isBlank();
	}

}
