package jp.tsunagari.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.server.ResponseStatusException;

/** How the open steps of running instances become the managers' rows, and what confidential processes hide. */
class ProgressBoardTest {

	private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

	// nabari-referral as its model marks it (personal data), case-conference as a city lists it in the configuration
	private static final ConfidentialProcesses CONFIDENTIAL = new ConfidentialProcesses("nabari-referral"::equals,
			List.of("case-conference"));

	private final List<CurrentStepRow> rows = List.of(
			// a survey on time, in its phase 実施 (sub-process) with a multi-instance body that is no step
			row("i1", "a0", "survey-rollout", "SURVEY-1", "実施", "subProcess", null, null, null),
			row("i1", "a1", "survey-rollout", "SURVEY-1", "回答の督促", "multiInstanceBody", null, null, null),
			row("i1", "a2", "survey-rollout", "SURVEY-1", "回答の確認", "userTask", NOW.plusDays(3), "sato",
					"health-welfare-social-affairs"),
			// an evaluation late by 5 days, its one task offered to two departments
			row("i2", "b1", "self-evaluation", "EVAL-1", "確認", "userTask", NOW.minusDays(5), null, "analysts"),
			row("i2", "b1", "self-evaluation", "EVAL-1", "確認", "userTask", NOW.minusDays(5), null, "managers"),
			// two referral cases: counts only
			row("i3", "c1", "nabari-referral", "CASE-0001", "受付", "userTask", NOW.minusDays(1), "ito", "machi"),
			row("i4", "d1", "nabari-referral", "CASE-0002", "受付", "userTask", NOW.plusDays(1), null, "machi"),
			// a case conference, confidential because the city's configuration says so
			row("i5", "e1", "case-conference", "C-2026-0001", "ケース検討", "userTask", NOW.minusDays(2), "shimizu",
					"support-liaison-council"));

	private final ProgressQueries queries = new ProgressQueries(null) {
		@Override
		List<CurrentStepRow> currentSteps(HistoryFilter filter) {
			return rows;
		}

		@Override
		Set<String> escalatedSteps() {
			return Set.of("b1");
		}

		@Override
		TimelineHeader header(String instanceId) {
			return new TimelineHeader(instanceId, "nabari-referral", "CASE-0001", NOW.minusDays(3), null);
		}
	};

	private final HistoryNames names = new HistoryNames(null) {
		@Override
		Map<String, String> processes() {
			return Map.of("nabari-referral", "名張市 3層のつなぎ");
		}

		@Override
		Map<String, String> groups() {
			return Map.of("analysts", "分析担当", "managers", "管理職（進捗管理）");
		}
	};

	private final ProgressBoard board = new ProgressBoard(queries, names, CONFIDENTIAL,
			id -> Map.of("sato", "佐藤 花子").getOrDefault(id, id));

	@Test
	void oneRowPerInstanceLatestFirstWithStepsCountedOnce() {
		ProgressBoard.Board result = board.board(HistoryFilter.ALL, null, NOW);

		assertThat(result.procedures()).extracting(RunningProcedure::businessKey).containsExactly("EVAL-1", "SURVEY-1");
		RunningProcedure late = result.procedures().get(0);
		assertThat(late.currentSteps()).containsExactly("確認");
		assertThat(late.overdueTasks()).isEqualTo(1);
		assertThat(late.escalatedTasks()).as("escalated to the supervisor by the task mails").isEqualTo(1);
		assertThat(late.lateness()).isEqualTo(Duration.ofDays(5));
		assertThat(late.departments()).containsExactly("分析担当", "管理職（進捗管理）");
		RunningProcedure onTime = result.procedures().get(1);
		assertThat(onTime.phases()).containsExactly("実施");
		assertThat(onTime.currentSteps()).containsExactly("回答の確認");
		assertThat(onTime.overdueTasks()).isZero();
		assertThat(onTime.escalatedTasks()).isZero();
		assertThat(onTime.assignees()).as("people by name, family name first").containsExactly("佐藤 花子");
		assertThat(onTime.earliestDue()).isEqualTo(NOW.plusDays(3));
	}

	@Test
	void confidentialProcessesAreCountsPerStepWithoutKeysOrAssignees() {
		ProgressBoard.Board result = board.board(HistoryFilter.ALL, null, NOW);

		assertThat(result.procedures()).extracting(RunningProcedure::processKey)
			.doesNotContain("nabari-referral", "case-conference");
		assertThat(result.confidential())
			.containsExactly(new ConfidentialProgress("名張市 3層のつなぎ", "受付", 2, 1),
					new ConfidentialProgress("case-conference", "ケース検討", 1, 1));
	}

	@Test
	void aDepartmentFilterKeepsTheStepsOpenInThatDepartment() {
		assertThat(board.board(HistoryFilter.ALL, "managers", NOW).procedures()).extracting(RunningProcedure::instanceId)
			.containsExactly("i2");
	}

	@Test
	void aConfidentialInstanceHasNoTimeline() {
		ProgressController controller = new ProgressController(board, queries, names, CONFIDENTIAL);

		assertThatThrownBy(() -> controller.timeline("i3", new ExtendedModelMap()))
			.isInstanceOfSatisfying(ResponseStatusException.class,
					ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
	}

	private static CurrentStepRow row(String instance, String activityInstance, String processKey, String businessKey,
			String activity, String type, LocalDateTime due, String assignee, String group) {
		return new CurrentStepRow(instance, activityInstance, processKey, businessKey, NOW.minusDays(10), activity,
				type, due, assignee, group);
	}

}
