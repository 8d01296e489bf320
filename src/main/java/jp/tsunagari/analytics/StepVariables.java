package jp.tsunagari.analytics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

import jp.tsunagari.analytics.HistoryScenario.ProcessScenario;
import jp.tsunagari.analytics.HistoryScenario.StepScenario;
import jp.tsunagari.evaluation.JapaneseFiscalYear;

/** Turns a scenario's YAML values into process variables of the types forms and workers send. */
class StepVariables {

	VariableMap start(ProcessScenario scenario, Map<String, Object> chosen, LocalDateTime start) {
		VariableMap variables = Variables.createVariables();
		scenario.startVariables().forEach((name, value) -> variables.putValue(name, resolve(value, start.toLocalDate())));
		chosen.forEach((name, value) -> variables.putValue(name, resolve(value, start.toLocalDate())));
		putJson(variables, scenario.startJson());
		return variables;
	}

	/**
	 * {@code "{fiscalYear}"} → the fiscal year (April to March) of the date, {@code "{fiscalYearLabel}"} and
	 * {@code "{nextFiscalYearLabel}"} → its Japanese name and the next one's (also inside a text), {@code "{date+N}"} →
	 * ISO date N days on.
	 */
	static Object resolve(Object value, LocalDate date) {
		int fiscalYear = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
		if ("{fiscalYear}".equals(value)) {
			return fiscalYear;
		}
		if ("{fiscalYearLabel}".equals(value)) {
			return JapaneseFiscalYear.label(fiscalYear);
		}
		if ("{nextFiscalYearLabel}".equals(value)) {
			return JapaneseFiscalYear.label(fiscalYear + 1);
		}
		if (value instanceof String text && text.matches("\\{date\\+\\d+}")) {
			return date.plusDays(Long.parseLong(text.substring(6, text.length() - 1))).toString();
		}
		if (value instanceof String text && text.contains("FiscalYearLabel}")) {
			// inside a text, as in a title: 「（デモ）{fiscalYearLabel} 支援団体調査」
			return text.replace("{fiscalYearLabel}", JapaneseFiscalYear.label(fiscalYear))
				.replace("{nextFiscalYearLabel}", JapaneseFiscalYear.label(fiscalYear + 1));
		}
		return copy(value);
	}

	/** The step's variables, its placeholders filled from the day it is completed (the engine's clock). */
	VariableMap completion(StepScenario step, Random random) {
		LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
		VariableMap variables = Variables.createVariables();
		step.variables().forEach((name, value) -> variables.putValue(name, resolve(value, today)));
		step.choose(random).forEach((name, value) -> variables.putValue(name, resolve(value, today)));
		putJson(variables, step.json());
		return variables;
	}

	private static void putJson(VariableMap variables, Map<String, Object> json) {
		json.forEach((name, value) -> variables.putValueTyped(name,
				SpinValues.jsonValue(Spin.JSON(value).toString()).create()));
	}

	/**
	 * Lists and maps as mutable {@link ArrayList}/{@link LinkedHashMap}: the engine stores them as JSON under their
	 * class name and must be able to create that class again.
	 */
	private static Object copy(Object value) {
		if (value instanceof List<?> list) {
			return new ArrayList<>(list.stream().map(StepVariables::copy).toList());
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((key, item) -> copy.put(key, copy(item)));
			return copy;
		}
		return value;
	}

}
