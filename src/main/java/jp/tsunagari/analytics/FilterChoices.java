package jp.tsunagari.analytics;

import java.time.LocalDate;
import java.util.stream.IntStream;

import org.springframework.ui.Model;

import jp.tsunagari.evaluation.JapaneseFiscalYear;

/**
 * What the pages' filters offer: processes, departments (no roles or technical groups, 第2地区 before 第10地区), the last
 * five fiscal years; and the date formatter.
 */
class FilterChoices {

	private static final int FISCAL_YEARS = 5;

	private final HistoryNames names;

	FilterChoices(HistoryNames names) {
		this.names = names;
	}

	void addTo(Model model) {
		model.addAttribute("processes", names.processes());
		model.addAttribute("departments", names.departments());
		int current = LocalDate.now().minusMonths(3).getYear();
		model.addAttribute("fiscalYears", IntStream.range(0, FISCAL_YEARS)
			.mapToObj(back -> new FiscalYearChoice(current - back, JapaneseFiscalYear.label(current - back)))
			.toList());
		model.addAttribute("dates", new JapaneseDates());
	}

	record FiscalYearChoice(int year, String label) {
	}

}
