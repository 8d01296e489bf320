package jp.tsunagari.survey;

import static jp.tsunagari.procurement.FormContract.editableKeys;
import static jp.tsunagari.procurement.FormContract.form;
import static jp.tsunagari.procurement.FormContract.requiredKeys;
import static jp.tsunagari.procurement.FormContract.templateVariables;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import jp.tsunagari.procurement.FormContract;

/**
 * The contract between processes/survey-rollout.bpmn, its forms and its code, read from the deployed files: the
 * forms set what the gateways and the multi-instance read, templates name only variables that exist, the options
 * offered exist (questionnaires, departments of the directory).
 */
class SurveyRolloutFormsTest {

	private final FormContract contract = new FormContract("processes/survey-rollout.bpmn");

	private final BpmnModelInstance model = contract.model();

	@Test
	void theFormBeforeEachDecisionSetsWhatItReads() throws IOException {
		assertThat(editableKeys(contract.formOf(SurveyRollout.TASK_DRAFT_PLAN))).contains(
				SurveyRollout.PRE_HEARING_PLANNED, SurveyRollout.INQUIRY_GROUPS, SurveyRollout.RESPONSE_DEADLINE, SurveyRollout.QUESTIONNAIRE_ID,
				SurveyRollout.SURVEY_TITLE);
		assertThat(editableKeys(contract.formOf(SurveyRollout.TASK_APPROVE_SURVEY))).containsExactlyInAnyOrder(
				SurveyRollout.SURVEY_APPROVED, SurveyRollout.APPROVAL_COMMENT);
		assertThat(editableKeys("survey-rollout.survey-started")).containsExactly(SurveyRollout.SURVEY_TITLE);
		assertThat(requiredKeys(contract.formOf(SurveyRollout.TASK_DRAFT_PLAN))).contains(
				SurveyRollout.PRE_HEARING_PLANNED, SurveyRollout.RESPONSE_DEADLINE, SurveyRollout.SURVEY_EXECUTION);
	}

	@Test
	void anOutsourcedPlanRequiresEveryContractDetailTheCalledProcurementReads() throws IOException {
		String planId = contract.formOf(SurveyRollout.TASK_DRAFT_PLAN);
		JsonNode plan = form(planId);
		assertThat(options(plan).get(SurveyRollout.SURVEY_EXECUTION))
			.containsExactly(SurveyRollout.EXECUTION_DIRECT, SurveyRollout.EXECUTION_OUTSOURCED);
		List<String> contractFields = List.of(SurveyRollout.CONTRACT_CONTENT, SurveyRollout.CONTRACT_BUDGET_YEN,
				SurveyRollout.CONTRACT_PERIOD_START, SurveyRollout.CONTRACT_PERIOD_END,
				SurveyRollout.CONTRACT_KICK_OFF_DUE_DATE);
		assertThat(requiredKeys(planId)).containsAll(contractFields);
		plan.path("components").forEach(c -> {
			if (contractFields.contains(c.path("key").asText())) {
				// shown, and so required, only for 委託
				assertThat(c.path("conditional").path("hide").asText())
					.isEqualTo("=surveyExecution != \"OUTSOURCED\"");
			}
		});
		// every variable the call activity reads is set by the plan (surveyTitle and surveyPurpose as well)
		List<String> sources = contract.variablesPassedBy(SurveyRollout.CALL_PROCURE_CONTRACTOR);
		assertThat(editableKeys(planId)).containsAll(sources);
		assertThat(sources).hasSize(7);
	}

	@Test
	void dueDatesAreTheLeadTimesSetAtStart() {
		assertThat(model.getModelElementsByType(UserTask.class)).allSatisfy(task -> assertThat(task.getCamundaDueDate())
			.isIn("${" + SurveyRollout.PLAN_LEAD_TIME + "}", "${" + SurveyRollout.RECIPIENTS_LEAD_TIME + "}",
					"${" + SurveyRollout.APPROVAL_LEAD_TIME + "}", "${" + SurveyRollout.REVIEW_LEAD_TIME + "}"));
	}

	@Test
	void templatesNameOnlyVariablesThatExistWhenTheFormOpens() throws IOException {
		Set<String> known = Set.of(SurveyRollout.SURVEY_ID, SurveyRollout.SURVEY_TITLE, SurveyRollout.APPROVAL_COMMENT,
				"surveyPurpose", "targetPopulation", SurveyRollout.RECIPIENT_COUNT, SurveyRollout.RESPONSE_DEADLINE,
				SurveyRollout.TABULATION_SUMMARY);
		for (String formId : contract.formIds()) {
			for (String variable : templateVariables(formId)) {
				assertThat(known).as("variable %s named in %s", variable, formId).contains(variable);
			}
		}
	}

	@Test
	void theOptionsOfThePlanExist() throws IOException {
		Questionnaires questionnaires = new Questionnaires(SurveyStoreFixture.properties().questionnaires());
		String directory = new ClassPathResource("directory/demo-municipality.yaml").getContentAsString(StandardCharsets.UTF_8);
		JsonNode plan = form(contract.formOf(SurveyRollout.TASK_DRAFT_PLAN));
		for (Map.Entry<String, List<String>> field : options(plan).entrySet()) {
			for (String value : field.getValue()) {
				if (field.getKey().equals(SurveyRollout.QUESTIONNAIRE_ID)) {
					assertThat(questionnaires.get(value).questions()).hasSize(17);
				}
				else if (field.getKey().equals(SurveyRollout.INQUIRY_GROUPS)) {
					assertThat(directory).as("department %s in the directory", value).contains("id: " + value + ",");
				}
			}
		}
	}

	@Test
	void everyFormIsAFormJs187FormNamedAfterItsFile() throws IOException {
		for (String formId : contract.formIds()) {
			JsonNode form = form(formId);
			assertThat(form.path("id").asText()).isEqualTo(formId);
			assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
		}
	}

	private static Map<String, List<String>> options(JsonNode form) {
		Map<String, List<String>> options = new java.util.LinkedHashMap<>();
		form.path("components").forEach(c -> {
			if (c.has("values")) {
				List<String> values = new ArrayList<>();
				c.path("values").forEach(v -> values.add(v.path("value").asText()));
				options.put(c.path("key").asText(), values);
			}
		});
		return options;
	}

}
