package jp.tsunagari.survey;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A recipient before it is stored: from a row of an imported file or from a department's addition. Either an
 * e-mail address (invitation by mail) or a postal address (printed letter) is required.
 */
record NewRecipient(String organisationName, String contactPerson, String email, String postalAddress,
		String category) {

	NewRecipient {
		organisationName = clean(organisationName);
		contactPerson = clean(contactPerson);
		email = clean(email);
		postalAddress = clean(postalAddress);
		category = clean(category);
	}

	/** Duplicate by e-mail address (case-insensitive). */
	String emailKey() {
		return email.isEmpty() ? "" : email.toLowerCase(Locale.ROOT);
	}

	/** Duplicate by name and address, ignoring width and spacing differences (株式会社 vs ㈱ stays different). */
	String nameAddressKey() {
		if (postalAddress.isEmpty()) {
			return "";
		}
		return squash(organisationName) + "|" + squash(postalAddress);
	}

	private static String squash(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\-‐−]", "").toLowerCase(Locale.ROOT);
	}

	private static String clean(String value) {
		return value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFC).strip();
	}

}
