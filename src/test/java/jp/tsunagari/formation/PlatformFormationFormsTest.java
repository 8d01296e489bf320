package jp.tsunagari.formation;

import static jp.tsunagari.formation.PlatformFormation.*;
import static jp.tsunagari.procurement.FormContract.editableKeys;
import static jp.tsunagari.procurement.FormContract.form;
import static jp.tsunagari.procurement.FormContract.requiredKeys;
import static jp.tsunagari.procurement.FormContract.templateVariables;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;


import jp.tsunagari.procurement.FormContract;

/**
 * The contract between processes/platform-formation.bpmn and its forms, read from the deployed files: the form
 * before each gateway sets and requires what the gateway reads, offering exactly the values its conditions test;
 * the called processes get every variable they start with; due dates are the lead times set at the start; templates
 * name only variables that exist.
 */
class PlatformFormationFormsTest {

	private final FormContract contract = new FormContract("processes/platform-formation.bpmn");

	private final BpmnModelInstance model = contract.model();

	@Test
	void theFormBeforeEachGatewaySetsAndRequiresWhatItReadsWithTheValuesItTests() throws IOException {
		Map<String, Map<String, List<Object>>> decisions = new LinkedHashMap<>();
		decisions.put(TASK_PICTURE_PLATFORM, Map.of(PLATFORM_EXISTS, List.of(NONE, EXISTS),
				OPERATING_FORM, List.of(REUSE, NEW)));
		decisions.put(TASK_PLAN_DETAILED_SURVEY, Map.of(DETAILED_SURVEY_METHOD, List.of(SURVEY, STUDY_SESSIONS)));
		decisions.put(TASK_PLAN_PUBLICITY, Map.of(PUBLICITY_METHOD, List.of(SYMPOSIUM, OTHER)));
		decisions.put(TASK_CONFIRM_MEMBERSHIP, Map.of(MEMBERSHIP_CONFIRMED, List.of(true, false)));
		decisions.put(TASK_DECIDE_ESTABLISHMENT, Map.of(ESTABLISHMENT_DECISION, List.of(ESTABLISH, POSTPONE)));
		decisions.put(TASK_NEXT_YEAR_POLICY, Map.of(NEXT_YEAR_OPERATION, List.of(CONTINUE, SELF_RUNNING)));
		String xml = Bpmn.convertToString(model);
		for (var decision : decisions.entrySet()) {
			String formId = contract.formOf(decision.getKey());
			JsonNode form = form(formId);
			for (var field : decision.getValue().entrySet()) {
				assertThat(requiredKeys(formId)).as("%s requires %s", decision.getKey(), field.getKey()).contains(field.getKey());
				assertThat(options(form).get(field.getKey())).as("values of %s", field.getKey())
					.containsExactlyElementsOf(field.getValue());
				field.getValue().stream().filter(String.class::isInstance).forEach(value -> assertThat(xml)
					.as("a condition tests %s", value).contains(field.getKey() + " == '" + value + "'"));
			}
		}
		// the body's form is asked only when no PF exists; the survey's title only for a survey
		assertThat(hide(form(contract.formOf(TASK_PICTURE_PLATFORM)), OPERATING_FORM))
			.isEqualTo("=platformExists != \"NONE\"");
		assertThat(hide(form(contract.formOf(TASK_PLAN_DETAILED_SURVEY)), SURVEY_TITLE))
			.isEqualTo("=detailedSurveyMethod != \"SURVEY\"");
		assertThat(requiredKeys(contract.formOf(TASK_PLAN_DETAILED_SURVEY))).contains(SURVEY_TITLE);
		assertThat(hide(form(contract.formOf(TASK_DECIDE_ESTABLISHMENT)), POSTPONEMENT_REASON))
			.isEqualTo("=establishmentDecision != \"POSTPONE\"");
		assertThat(editableKeys("platform-formation.formation-started")).containsExactly(PLATFORM_NAME);
	}

	@Test
	void theCalledProcessesGetEveryVariableTheirStartFormsSet() throws IOException {
		assertThat(contract.variablesPassedBy(CALL_DETAILED_SURVEY))
			.containsExactlyInAnyOrderElementsOf(editableKeys("survey-rollout.survey-started"));
		assertThat(editableKeys(contract.formOf(TASK_PLAN_DETAILED_SURVEY)))
			.containsAll(contract.variablesPassedBy(CALL_DETAILED_SURVEY));
		// the symposium is planned with its own start form, and all of it is passed on
		StartEvent symposiumStart = new FormContract("processes/symposium-planning.bpmn").model()
			.getModelElementsByType(StartEvent.class)
			.iterator().next();
		assertThat(((UserTask) model.getModelElementById(TASK_PLAN_SYMPOSIUM)).getCamundaFormRef())
			.isEqualTo(symposiumStart.getCamundaFormRef());
		assertThat(contract.variablesPassedBy(CALL_SYMPOSIUM))
			.containsExactlyInAnyOrderElementsOf(editableKeys(symposiumStart.getCamundaFormRef()));
	}

	@Test
	void everyDueDateIsALeadTimeSetAtTheStart() {
		Set<String> leadTimes = new FormationProperties.LeadTimes(Period.ZERO, Period.ZERO, Period.ZERO, Period.ZERO,
				Period.ZERO, Period.ZERO, Period.ZERO, Period.ZERO, Period.ZERO).variables().keySet();
		assertThat(model.getModelElementsByType(UserTask.class)).allSatisfy(task -> assertThat(task.getCamundaDueDate())
			.matches("\\$\\{(\\w+)}")
			.satisfies(due -> assertThat(leadTimes).contains(due.substring(2, due.length() - 1))));
	}

	@Test
	void templatesNameOnlyVariablesThatExistWhenTheFormOpens() throws IOException {
		Set<String> known = Set.of(PLATFORM_NAME, CANDIDATE_ORGANISATION, CONFIRMED_MEMBER_COUNT, FISCAL_YEAR_LABEL,
				"publicityPlan");
		for (String formId : contract.formIds()) {
			if (!formId.startsWith(PROCESS_KEY)) {
				continue;
			}
			for (String variable : templateVariables(formId)) {
				assertThat(known).as("variable %s named in %s", variable, formId).contains(variable);
			}
			assertThat(form(formId).path("schemaVersion").asInt()).isEqualTo(16);
		}
	}

	private static String hide(JsonNode form, String key) {
		for (JsonNode c : form.path("components")) {
			if (key.equals(c.path("key").asText())) {
				return c.path("conditional").path("hide").asText(null);
			}
		}
		return null;
	}

	private static Map<String, List<Object>> options(JsonNode form) {
		Map<String, List<Object>> options = new LinkedHashMap<>();
		form.path("components").forEach(c -> {
			if (c.has("values")) {
				List<Object> values = new ArrayList<>();
				c.path("values").forEach(v -> values.add(v.path("value").isBoolean() ? v.path("value").asBoolean()
						: v.path("value").asText()));
				options.put(c.path("key").asText(), values);
			}
		});
		return options;
	}

}
