package jp.tsunagari.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import jp.tsunagari.referral.EngineUser;
import jp.tsunagari.referral.NabariReferral;

/**
 * The whole demo history as a newcomer gets it at the first start: every deployed process has a scenario, each has
 * finished and running instances, each whose model has due dates shows late work, nothing failed, and the seeded
 * referral cases are still seen by their district only.
 */
@DirtiesContext
@SpringBootTest(properties = "tsunagari.analytics.seed-demo-history=true")
@ActiveProfiles({ "demo", "test" })
class DemoHistoryIT {

	@Autowired
	private ProcessEngine engine;

	@Test
	void everyDeployedProcessHasADemoScenario() {
		Set<String> deployed = new TreeSet<>(engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.latestVersion()
			.startableInTasklist()
			.list()
			.stream()
			.map(ProcessDefinition::getKey)
			.toList());
		assertThat(HistoryScenarios.demo().processes().keySet()).as("add a scenario to analytics/demo-history.yaml")
			.containsAll(deployed);
	}

	@Test
	void everyProcessHasFinishedAndRunningInstancesLateWorkWhereItHasDueDatesAndNoIncident() {
		HistoryService history = engine.getHistoryService();
		for (String processKey : HistoryScenarios.demo().processes().keySet()) {
			assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).finished().count())
				.as("finished %s", processKey)
				.isPositive();
			assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).unfinished().count())
				.as("running %s", processKey)
				.isPositive();
			if (hasDueDates(processKey)) {
				assertThat(engine.getTaskService()
					.createTaskQuery()
					.processDefinitionKey(processKey)
					.dueBefore(new Date())
					.count()).as("overdue tasks of %s", processKey).isPositive();
			}
		}
		assertThat(engine.getRuntimeService().createIncidentQuery().list()).isEmpty();
	}

	@Test
	void everySeededSurveyWasApprovedWithRecipients() {
		List<String> approved = engine.getHistoryService()
			.createHistoricActivityInstanceQuery()
			.activityId("Gateway_SurveyForked")
			.list()
			.stream()
			.map(activity -> activity.getProcessInstanceId())
			.toList();
		assertThat(approved).as("approved demo surveys").isNotEmpty();
		for (String survey : approved) {
			assertThat((Integer) engine.getHistoryService()
				.createHistoricVariableInstanceQuery()
				.processInstanceId(survey)
				.variableName("recipientCount")
				.singleResult()
				.getValue()).as("recipients of %s", survey).isPositive();
		}
	}

	@Test
	void noTaskFallsDueBeforeItWasCreated() {
		List<String> dueBeforeCreated = engine.getHistoryService()
			.createHistoricTaskInstanceQuery()
			.list()
			.stream()
			.filter(task -> task.getDueDate() != null && task.getDueDate().before(task.getStartTime()))
			.map(task -> task.getProcessDefinitionKey() + "/" + task.getTaskDefinitionKey() + " created "
					+ task.getStartTime() + " due " + task.getDueDate())
			.toList();
		assertThat(dueBeforeCreated).isEmpty();
	}

	@Test
	void theSeededReferralCasesAreSeenByTheirDistrictOnly() {
		// ito works at the まちの保健室 of district 3, yamamoto at district 5's; which of the two has cases still
		// running depends on the day of the first start, so the check takes whichever has
		List<String> district3 = runningReferralsOf("03");
		List<String> district5 = runningReferralsOf("05");
		assertThat(district3.isEmpty() && district5.isEmpty()).as("running demo cases in district 3 or 5").isFalse();
		List<String> ito = new EngineUser(engine).as("ito", () -> runningReferrals());
		List<String> yamamoto = new EngineUser(engine).as("yamamoto", () -> runningReferrals());
		assertThat(ito).containsAll(district3).noneMatch(district5::contains);
		assertThat(yamamoto).containsAll(district5).noneMatch(district3::contains);
	}

	private List<String> runningReferralsOf(String district) {
		return engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey(NabariReferral.PROCESS_KEY)
			.variableValueEquals(NabariReferral.DISTRICT, district)
			.unfinished()
			.list()
			.stream()
			.map(HistoricProcessInstance::getId)
			.toList();
	}

	private List<String> runningReferrals() {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(NabariReferral.PROCESS_KEY)
			.list()
			.stream()
			.map(instance -> instance.getId())
			.toList();
	}

	private boolean hasDueDates(String processKey) {
		String definitionId = engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(processKey)
			.latestVersion()
			.singleResult()
			.getId();
		return engine.getRepositoryService()
			.getBpmnModelInstance(definitionId)
			.getModelElementsByType(UserTask.class)
			.stream()
			.anyMatch(task -> task.getCamundaDueDate() != null);
	}

}
