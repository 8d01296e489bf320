package jp.tsunagari.evaluation;

/**
 * The name staff read for a fiscal year (年度, April to March): 2020 is 令和2年度, 2019 令和元年度 (the year of the era
 * change is named after the new era), 2018 平成30年度. The seed's sheets are headed 「令和２年度における自己評価シート」.
 */
public final class JapaneseFiscalYear {

	private static final int REIWA_FIRST_YEAR = 2019;

	private static final int HEISEI_FIRST_YEAR = 1989;

	private JapaneseFiscalYear() {
	}

	public static String label(int fiscalYear) {
		if (fiscalYear >= REIWA_FIRST_YEAR) {
			return "令和" + eraYear(fiscalYear - REIWA_FIRST_YEAR + 1) + "年度";
		}
		if (fiscalYear >= HEISEI_FIRST_YEAR) {
			return "平成" + eraYear(fiscalYear - HEISEI_FIRST_YEAR + 1) + "年度";
		}
		throw new IllegalArgumentException("No Japanese fiscal-year name for " + fiscalYear + " (before 平成)");
	}

	private static String eraYear(int year) {
		return year == 1 ? "元" : Integer.toString(year);
	}

}
