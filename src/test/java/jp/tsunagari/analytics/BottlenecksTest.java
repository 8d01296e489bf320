package jp.tsunagari.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The ranking over per-step aggregates: people, the calendar and the system apart; instants hidden unless asked. */
class BottlenecksTest {

	private static final double HOUR = 3_600_000;

	private static final DurationStats NONE = new DurationStats(0, null, null, null, null);

	private final List<StepCycleTime> steps = List.of(step("Task_Write", "userTask", 10, 8 * HOUR, 5 * HOUR, 3 * HOUR),
			step("Task_Approve", "userTask", 10, 2 * HOUR, HOUR, HOUR),
			step("Event_Meeting", "intermediateTimer", 10, 90 * 24 * HOUR, null, null),
			step("Timer_Reminder", "boundaryTimer", 2, 0.0, null, null),
			step("Gateway_Reply", "eventBasedGateway", 4, 30 * 24 * HOUR, null, null),
			step("Task_Answer", "receiveTask", 4, 10 * 24 * HOUR, null, null),
			step("Event_Response", "intermediateMessageCatch", 4, 5 * 24 * HOUR, null, null),
			step("Task_SendMail", "serviceTask", 10, 2 * HOUR, null, null),
			step("Task_Load", "serviceTask", 10, 2_000d, null, null),
			step("Gateway_Approved", "exclusiveGateway", 10, 0d, null, null),
			step("Gateway_BothDone", "parallelGateway", 10, 3 * HOUR, null, null),
			step("StartEvent", "startEvent", 10, 0d, null, null),
			step("EndEvent", "noneEndEvent", 10, 0d, null, null),
			step("SubProcess_Phase", "subProcess", 10, 200 * 24 * HOUR, null, null),
			step("Task_Write#multiInstanceBody", "multiInstanceBody", 10, 20 * HOUR, null, null));

	@Test
	void peopleTheCalendarAndTheSystemAreRankedApart() {
		List<Bottleneck> ranking = Bottlenecks.rank(steps, 10, false);

		assertThat(ranking).extracting(b -> b.waitingOn() + " " + b.rank() + " " + b.activityId())
			.containsExactly("PEOPLE 1 Task_Write", "PEOPLE 2 Task_Approve", "CALENDAR 1 Event_Meeting",
					"CALENDAR 2 Gateway_Reply", "CALENDAR 3 Task_Answer", "CALENDAR 4 Event_Response",
					"SYSTEM 1 Task_SendMail");
		Bottleneck write = ranking.get(0);
		assertThat(write.totalMillis()).isEqualTo(80 * HOUR);
		assertThat(write.medianMillis()).isEqualTo(8 * HOUR);
		assertThat(write.waitingMedianMillis()).as("created → claimed").isEqualTo(5 * HOUR);
		assertThat(write.workingMedianMillis()).as("claimed → done").isEqualTo(3 * HOUR);
		assertThat(ranking.get(2).waitingMedianMillis()).as("nobody claims a timer").isNull();
		assertThat(ranking.get(2).waitsFor()).isEqualTo("タイマー（日時・周期）");
		assertThat(ranking.get(4).waitsFor()).isEqualTo("外部からの連絡");
		double processTotal = 80 * HOUR + 20 * HOUR + 900 * 24 * HOUR + 120 * 24 * HOUR + 40 * 24 * HOUR
				+ 20 * 24 * HOUR + 20 * HOUR + 20_000 + 30 * HOUR;
		assertThat(write.shareOfProcess()).as("of every step but the containers")
			.isCloseTo(80 * HOUR / processTotal, within(1e-12));
	}

	@Test
	void systemStepsThatTookNoTimeAreShownOnlyWhenAskedFor() {
		assertThat(Bottlenecks.rank(steps, 10, false)).extracting(Bottleneck::activityId)
			.as("a join's wait is its branches' time")
			.doesNotContain("Gateway_BothDone", "Task_Load", "Gateway_Approved", "StartEvent", "EndEvent");

		List<Bottleneck> ranking = Bottlenecks.rank(steps, 10, true);

		assertThat(ranking).filteredOn(b -> b.waitingOn() == WaitingOn.SYSTEM)
			.extracting(Bottleneck::activityId)
			.containsExactly("Gateway_BothDone", "Task_SendMail", "Task_Load", "Gateway_Approved", "StartEvent",
					"EndEvent");
		assertThat(ranking).extracting(Bottleneck::activityId)
			.as("containers' time is their steps'")
			.doesNotContain("SubProcess_Phase", "Task_Write#multiInstanceBody")
			.as("a boundary timer's instance is the instant it fires: no time to rank")
			.doesNotContain("Timer_Reminder");
	}

	@Test
	void theLimitAppliesToEachKind() {
		assertThat(Bottlenecks.rank(steps, 1, false)).extracting(Bottleneck::activityId)
			.containsExactly("Task_Write", "Event_Meeting", "Task_SendMail");
	}

	/** A step whose {@code runs} finished runs each took {@code median}. */
	private static StepCycleTime step(String id, String type, long runs, Double median, Double waiting,
			Double working) {
		return new StepCycleTime("demo", id, id, type, 0, runs * median, stats(runs, median), stats(runs, waiting),
				stats(runs, working));
	}

	private static DurationStats stats(long runs, Double millis) {
		return millis == null ? NONE : new DurationStats(runs, millis, millis, millis, millis);
	}

}
