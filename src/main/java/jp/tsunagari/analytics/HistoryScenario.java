package jp.tsunagari.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * How instances of each process are driven to make back-dated history (file {@code analytics/demo-history.yaml}):
 * how many, started over how many past days, with which start variables, and per step (BPMN element id) the range
 * of hours it waits to be claimed and takes to be worked, and the variables it is completed with. A process is added
 * by adding data here, not code.
 */
record HistoryScenario(Map<String, ProcessScenario> processes) {

	HistoryScenario {
		processes = processes == null ? Map.of() : processes;
	}

	static HistoryScenario read(InputStream yaml) throws IOException {
		return YAMLMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build()
			.readValue(yaml, HistoryScenario.class);
	}

	/**
	 * One process: {@code instances} started evenly over the last {@code spreadDays} days (a trend has a point each
	 * month), the last {@code recent} of them within the last {@code recentDays} days so some are surely running.
	 * Start-variable values {@code "{fiscalYear}"} and {@code "{date+N}"} become the fiscal year of the
	 * start and the ISO date N days after it (a due date the model computes from, for example).
	 */
	record ProcessScenario(int instances, int spreadDays, int recent, int recentDays, Map<String, Object> startVariables,
			StepScenario defaultStep, Map<String, StepScenario> steps) {

		ProcessScenario {
			startVariables = startVariables == null ? Map.of() : startVariables;
			steps = steps == null ? Map.of() : steps;
			defaultStep = defaultStep == null ? new StepScenario(null, null, null, null, null) : defaultStep;
		}

		StepScenario step(String elementId) {
			return steps.getOrDefault(elementId, defaultStep);
		}

	}

	/**
	 * One step: hours from [min, max] for waiting (until claimed) and working (claimed to completed), variables set on
	 * completion ({@code json} ones as Json, as Tasklist sends checklists), and weighted alternative variables for
	 * the gateways after the step.
	 */
	record StepScenario(List<Double> waitHours, List<Double> workHours, Map<String, Object> variables,
			Map<String, Object> json, List<Choice> choices) {

		StepScenario {
			waitHours = waitHours == null ? List.of(0.5, 24d) : waitHours;
			workHours = workHours == null ? List.of(0.5, 8d) : workHours;
			variables = variables == null ? Map.of() : variables;
			json = json == null ? Map.of() : json;
			choices = choices == null ? List.of() : choices;
		}

		long waitMillis(Random random) {
			return sample(waitHours, random);
		}

		long workMillis(Random random) {
			return sample(workHours, random);
		}

		/** Skewed towards the short end with a long tail, as waiting and working times are. */
		private static long sample(List<Double> range, Random random) {
			double u = random.nextDouble();
			double hours = range.get(0) + (range.get(1) - range.get(0)) * u * u;
			return Math.round(hours * 3_600_000d);
		}

		Map<String, Object> choose(Random random) {
			if (choices.isEmpty()) {
				return Map.of();
			}
			double total = choices.stream().mapToDouble(Choice::weight).sum();
			double pick = random.nextDouble() * total;
			for (Choice choice : choices) {
				pick -= choice.weight();
				if (pick < 0) {
					return choice.variables();
				}
			}
			return choices.get(choices.size() - 1).variables();
		}

	}

	record Choice(double weight, Map<String, Object> variables) {
	}

}
