package jp.tsunagari.analytics;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Names in the order people look for them: numbers inside a name compared as numbers (第2地区 before 第10地区, also
 * in full-width digits), the rest in Japanese collation order.
 */
final class NaturalOrder implements Comparator<String> {

	static final NaturalOrder JAPANESE = new NaturalOrder();

	private final Collator collator = Collator.getInstance(Locale.JAPANESE);

	private NaturalOrder() {
	}

	@Override
	public int compare(String left, String right) {
		List<String> a = chunks(left);
		List<String> b = chunks(right);
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			String x = a.get(i);
			String y = b.get(i);
			int order = isNumber(x) && isNumber(y) ? compareNumbers(x, y) : collator.compare(x, y);
			if (order != 0) {
				return order;
			}
		}
		return a.size() != b.size() ? Integer.compare(a.size(), b.size()) : collator.compare(left, right);
	}

	/** Runs of digits and runs of anything else. */
	private static List<String> chunks(String text) {
		List<String> chunks = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= text.length(); i++) {
			if (i == text.length() || Character.isDigit(text.charAt(i)) != Character.isDigit(text.charAt(start))) {
				chunks.add(text.substring(start, i));
				start = i;
			}
		}
		return chunks;
	}

	private static boolean isNumber(String chunk) {
		return Character.isDigit(chunk.charAt(0));
	}

	/** By value, whatever the width of the digits or leading zeros: 03 and ３ are 3. */
	private static int compareNumbers(String x, String y) {
		String a = significant(x);
		String b = significant(y);
		if (a.length() != b.length()) {
			return Integer.compare(a.length(), b.length());
		}
		for (int i = 0; i < a.length(); i++) {
			int order = Integer.compare(Character.digit(a.charAt(i), 10), Character.digit(b.charAt(i), 10));
			if (order != 0) {
				return order;
			}
		}
		return 0;
	}

	private static String significant(String digits) {
		int i = 0;
		while (i < digits.length() - 1 && Character.digit(digits.charAt(i), 10) == 0) {
			i++;
		}
		return digits.substring(i);
	}

}
