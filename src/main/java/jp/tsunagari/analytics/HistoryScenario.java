package jp.tsunagari.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
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

	/** The scenario of a process; one not listed is driven with the default steps. */
	ProcessScenario process(String processKey) {
		return processes.getOrDefault(processKey, ProcessScenario.DEFAULT);
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
	 * start and the ISO date N days after it (a due date the model computes from, for example); {@code startJson} ones are
	 * Json (a start form's checklist) and one of the weighted {@code startChoices} is added to each start. User tasks falling due in the last {@code overdueDays} days are
	 * left open, so the progress page shows late work on whatever day the demo is first started.
	 */
	record ProcessScenario(int instances, int spreadDays, int recent, int recentDays, Map<String, Object> startVariables,
			Map<String, Object> startJson, List<Choice> startChoices, int overdueDays, StepScenario defaultStep,
			Map<String, StepScenario> steps) {

		static final ProcessScenario DEFAULT = new ProcessScenario(0, 0, 0, 0, null, null, null, 0, null, null);

		private static final long DAY_MILLIS = 86_400_000L;

		ProcessScenario {
			startVariables = startVariables == null ? Map.of() : startVariables;
			startJson = startJson == null ? Map.of() : startJson;
			startChoices = startChoices == null ? List.of() : startChoices;
			steps = steps == null ? Map.of() : steps;
			defaultStep = defaultStep == null ? new StepScenario(null, null, null, null, null) : defaultStep;
		}

		StepScenario step(String elementId) {
			return steps.getOrDefault(elementId, defaultStep);
		}

		/** Whether the scenario names this step (a message event the driver sends, not another instance). */
		boolean names(String elementId) {
			return steps.containsKey(elementId);
		}

		Map<String, Object> chooseStart(Random random) {
			return Choice.choose(startChoices, random);
		}

		/** A task due within the last overdueDays before the end of the history stays open. */
		boolean leftOpen(Date due, long end) {
			return overdueDays > 0 && due != null && due.getTime() < end
					&& due.getTime() >= end - overdueDays * DAY_MILLIS;
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
			return Choice.choose(choices, random);
		}

	}

	record Choice(double weight, Map<String, Object> variables) {

		static Map<String, Object> choose(List<Choice> choices, Random random) {
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

}
