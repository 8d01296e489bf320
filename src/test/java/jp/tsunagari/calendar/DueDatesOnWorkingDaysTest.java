package jp.tsunagari.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine moves a model's due date that falls on a closed day to the next working day, at the same time. */
class DueDatesOnWorkingDaysTest {

	private ProcessEngine engine;

	@AfterEach
	void close() {
		engine.close();
	}

	@Test
	void aDueDateInGoldenWeekOrTheYearEndClosureMovesToTheNextWorkingDay() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
			.createStandaloneInMemProcessEngineConfiguration()
			.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID())
			.setJobExecutorActivate(false)
			.setProcessEngineName(UUID.randomUUID().toString());
		configuration.getProcessEnginePlugins()
			.add(new DueDatesOnWorkingDays(WorkingDaysTest.calendar(LocalDateTime.of(2026, 4, 28, 9, 0))));
		engine = configuration.buildProcessEngine();
		engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("due.bpmn", Bpmn.createExecutableProcess("due")
				.camundaHistoryTimeToLive(1)
				.startEvent()
				.userTask("task").camundaDueDate("${due}")
				.endEvent()
				.done())
			.deploy();

		assertThat(dueOfTaskDue(LocalDateTime.of(2026, 5, 3, 17, 0))).isEqualTo(date(LocalDateTime.of(2026, 5, 7, 17, 0)));
		assertThat(dueOfTaskDue(LocalDateTime.of(2026, 12, 31, 12, 0))).isEqualTo(date(LocalDateTime.of(2027, 1, 4, 12, 0)));
		assertThat(dueOfTaskDue(LocalDateTime.of(2026, 5, 1, 17, 0))).isEqualTo(date(LocalDateTime.of(2026, 5, 1, 17, 0)));
	}

	private Date dueOfTaskDue(LocalDateTime due) {
		String instance = engine.getRuntimeService().startProcessInstanceByKey("due", java.util.Map.of("due", date(due))).getId();
		return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getDueDate();
	}

	private static Date date(LocalDateTime time) {
		return Date.from(time.atZone(ZoneId.of("Asia/Tokyo")).toInstant());
	}

}
