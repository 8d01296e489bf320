package jp.tsunagari.referral;

/** Hands out case numbers such as R-2026-0001: the business key of a case, never a name. */
public interface CaseNumbers {

	String next(String prefix, int year);

	static String format(String prefix, int year, int number) {
		return "%s-%d-%04d".formatted(prefix, year, number);
	}

}
