package jp.tsunagari.survey;

/** A stored recipient of a survey; the token salt is set when the invitation is issued. */
record Recipient(String id, String surveyId, String organisationName, String contactPerson, String email,
		String postalAddress, String category, String addedBy, String tokenSalt, boolean responded) {

	/** Without an e-mail address the invitation is a printed letter. */
	boolean byPost() {
		return email == null || email.isBlank();
	}

}
