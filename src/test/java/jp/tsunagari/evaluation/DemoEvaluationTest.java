package jp.tsunagari.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DemoEvaluationTest {

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneId.of("Asia/Tokyo"));

	/** Remembers what was opened, like the engine would. */
	private final Map<Integer, LocalDate> opened = new HashMap<>();

	private final EvaluationWorkflow workflow = new EvaluationWorkflow() {
		@Override
		public boolean isOpen(int fiscalYear) {
			return opened.containsKey(fiscalYear);
		}

		@Override
		public void open(int fiscalYear, LocalDate submissionDeadline) {
			opened.put(fiscalYear, submissionDeadline);
		}
	};

	@Test
	void opensTheSeedsEvaluationWithAMonthToSubmit() {
		new DemoEvaluation(workflow, clock).run(null);

		assertThat(opened).containsExactly(Map.entry(2020, LocalDate.of(2026, 12, 23)));
	}

	@Test
	void aRestartOpensNothingMore() {
		opened.put(2020, LocalDate.of(2026, 12, 1));

		new DemoEvaluation(workflow, clock).run(null);

		assertThat(opened).containsExactly(Map.entry(2020, LocalDate.of(2026, 12, 1)));
	}

}
