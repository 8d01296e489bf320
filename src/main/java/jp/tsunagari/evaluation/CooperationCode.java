package jp.tsunagari.evaluation;

import java.util.Arrays;

/**
 * The answer codes of field 9-(1) 連携状況 (seed 003:L41-L42): 「①できた　②できなかった　③どちらともいえない
 * ④必要なかった」. The form sends the digit.
 */
enum CooperationCode {

	ACHIEVED("1", "①できた"), NOT_ACHIEVED("2", "②できなかった"), UNDECIDED("3", "③どちらともいえない"),
	NOT_NEEDED("4", "④必要なかった");

	private final String code;

	private final String label;

	CooperationCode(String code, String label) {
		this.code = code;
		this.label = label;
	}

	String code() {
		return code;
	}

	String label() {
		return label;
	}

	static CooperationCode ofCode(String code) {
		return Arrays.stream(values())
			.filter(value -> value.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No cooperation code " + code + " (allowed: 1 to 4)"));
	}

}
