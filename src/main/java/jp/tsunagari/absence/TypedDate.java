package jp.tsunagari.absence;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as staff type it: what the Tasklist's date fields take ({@code 2026-04-01}), what our staff pages show
 * ({@code 2026/04/01}, also {@code 2026/4/1} and {@code 2026.4.1}), and 和暦 as offices write it ({@code 令和8年4月1日},
 * {@code 令和元年5月1日}, {@code 2026年4月1日}); full-width digits count as digits. Anything else, or a day that does
 * not exist (2026/02/30), is no date.
 */
final class TypedDate {

	private static final Pattern WESTERN = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})日?");

	private static final Pattern WAREKI = Pattern.compile("(令和|平成)\\s*(元|\\d{1,2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

	private static final Map<String, JapaneseEra> ERAS = Map.of("令和", JapaneseEra.REIWA, "平成", JapaneseEra.HEISEI);

	private TypedDate() {
	}

	static Optional<LocalDate> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
		try {
			Matcher western = WESTERN.matcher(text);
			if (western.matches()) {
				return Optional.of(LocalDate.of(number(western.group(1)), number(western.group(2)),
						number(western.group(3))));
			}
			Matcher wareki = WAREKI.matcher(text);
			if (wareki.matches()) {
				int year = "元".equals(wareki.group(2)) ? 1 : number(wareki.group(2));
				return Optional.of(LocalDate.from(JapaneseDate.of(ERAS.get(wareki.group(1)), year,
						number(wareki.group(3)), number(wareki.group(4)))));
			}
		}
		catch (DateTimeException notADay) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static int number(String digits) {
		return Integer.parseInt(digits);
	}

}
