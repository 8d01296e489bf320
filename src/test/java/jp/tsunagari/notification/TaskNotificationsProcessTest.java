package jp.tsunagari.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The schedule of the task mails: the timer fires on the job executor (once per cluster: one job), starts an
 * instance that waits for the send-task-notifications worker, and ends with what it sent; the next firing is
 * scheduled at once. Every flow node is covered.
 */
@Deployment(resources = "processes/task-notifications.bpmn")
class TaskNotificationsProcessTest {

	static {
		// the timer's cycle is read when the model is deployed, before any @BeforeEach
		Mocks.register("taskNotificationCycle", new TaskNotificationCycle("R/PT5M"));
	}

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	@Test
	void theTimerStartsARunThatTheWorkerCompletesAndTheNextFiringIsScheduled(ProcessEngine engine) {
		Job timer = engine.getManagementService().createJobQuery().timers().singleResult();
		assertThat(timer.getDuedate()).isInTheFuture();

		engine.getManagementService().executeJob(timer.getId());

		ProcessInstance run = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(TaskNotificationsProcess.PROCESS_KEY)
			.singleResult();
		assertThat(run).isWaitingAt("Task_SendNotifications");
		assertThat(engine.getRuntimeService().getVariable(run.getId(), "title")).isEqualTo("タスクのお知らせ");
		assertThat(engine.getManagementService().createJobQuery().timers().count()).as("the next firing").isOne();

		List<LockedExternalTask> locked = engine.getExternalTaskService()
			.fetchAndLock(1, "test-worker")
			.topic(TaskNotificationsProcess.TOPIC, 60_000)
			.execute();
		assertThat(locked).hasSize(1);
		engine.getExternalTaskService().complete(locked.get(0).getId(), "test-worker", Map.of("digests", 2));

		assertThat(run).isEnded().hasPassed("EndEvent_NotificationsSent");
	}

}
