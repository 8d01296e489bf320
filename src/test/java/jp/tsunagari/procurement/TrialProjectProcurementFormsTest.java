package jp.tsunagari.procurement;

import static jp.tsunagari.procurement.TrialProjectProcurement.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The contract between processes/trial-project-procurement.bpmn and its forms, read from the deployed files: what a
 * gateway decides on is a field of the form completed just before it; the DMN's inputs and the due dates come from
 * required fields; templates name only variables that exist when the form opens.
 */
class TrialProjectProcurementFormsTest {

	private final FormContract contract = new FormContract("processes/trial-project-procurement.bpmn");

	@Test
	void everyDecisionOfStaffIsAFieldOfTheFormBeforeIt() {
		assertThat(contract.userDecisions()).extracting(BaseElement::getId)
			.containsExactlyInAnyOrder("Gateway_BudgetConfirmed", "Gateway_InspectionPassed");
		for (ExclusiveGateway gateway : contract.userDecisions()) {
			for (UserTask task : contract.before(gateway)) {
				assertThat(FormContract.editableKeys(task.getCamundaFormRef()))
					.as("form of %s before %s", task.getId(), gateway.getId())
					.containsAll(contract.variablesReadBy(gateway));
			}
		}
	}

	@Test
	void theDecisionInputsAndDueDatesComeFromRequiredFields() {
		assertThat(FormContract.requiredKeys("trial-project-procurement.plan-project")).contains(CONTRACT_KIND,
				KICK_OFF_DUE_DATE, PERIOD_END, BUDGET_YEN);
		assertThat(FormContract.requiredKeys("trial-project-procurement.draft-specification"))
			.contains(ESTIMATED_AMOUNT_YEN, DELIVERY_DUE_DATE);
		assertThat(FormContract.requiredKeys("trial-project-procurement.select-contractor")).contains(CONTRACTOR_GROUP,
				CONTRACTOR_NAME, CONTRACT_AMOUNT_YEN);
		Set<String> dueDates = new HashSet<>();
		contract.model().getModelElementsByType(UserTask.class)
			.forEach(task -> dueDates.addAll(FormContract.variablesIn(task.getCamundaDueDate())));
		assertThat(dueDates).containsExactlyInAnyOrder(KICK_OFF_DUE_DATE, DELIVERY_DUE_DATE, PERIOD_END);
	}

	@Test
	void templatesNameOnlyVariablesThatExistWhenTheFormOpens() {
		Set<String> known = Set.of(PROJECT_NAME, BUDGET_YEN, PERIOD_START, PERIOD_END, PURPOSE_KPI, BUDGET_COMMENT,
				CONTRACT_KIND, ESTIMATED_AMOUNT_YEN, DELIVERY_DUE_DATE, "specificationSummary", "deliverables",
				CONTRACTOR_NAME, CONTRACT_AMOUNT_YEN, INSPECTION_COMMENT, "deliveredOn", "deliveryNote");
		for (UserTask task : contract.model().getModelElementsByType(UserTask.class)) {
			assertThat(known).as("variables named in the form of %s", task.getId())
				.containsAll(FormContract.templateVariables(task.getCamundaFormRef()));
		}
	}

}
