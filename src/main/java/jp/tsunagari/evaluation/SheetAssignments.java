package jp.tsunagari.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sheets of one fiscal year's evaluation, and the process variables they become: the collection the
 * per-programme sub-process runs over, and the Japanese names of the evaluated and the next fiscal year that the
 * sheet form prints (「令和2年度実施状況」, 「令和3年度予算額」, as on the seed's sheets).
 */
record SheetAssignments(int fiscalYear, List<EvaluationProgramme> programmes) {

	SheetAssignments {
		programmes = List.copyOf(programmes);
	}

	/**
	 * The variables to complete the loading step with. The collection is an {@link ArrayList} of maps: the engine
	 * stores it as JSON under the type name of the list, which must be a class it can create again (an immutable list
	 * from {@code toList()} is not).
	 */
	Map<String, Object> variables() {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(SelfEvaluation.PROGRAMMES,
				new ArrayList<>(programmes.stream().map(EvaluationProgramme::asVariable).toList()));
		variables.put(SelfEvaluation.PROGRAMME_COUNT, programmes.size());
		variables.put(SelfEvaluation.FISCAL_YEAR_LABEL, JapaneseFiscalYear.label(fiscalYear));
		variables.put(SelfEvaluation.NEXT_FISCAL_YEAR_LABEL, JapaneseFiscalYear.label(fiscalYear + 1));
		return variables;
	}

}
