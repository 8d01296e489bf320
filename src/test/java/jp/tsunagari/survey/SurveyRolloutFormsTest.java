package jp.tsunagari.survey;

import static jp.tsunagari.system.ModelForms.form;
import static jp.tsunagari.system.ModelForms.keys;
import static jp.tsunagari.system.ModelForms.required;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import jp.tsunagari.system.ModelForms;

/**
 * The contract between processes/survey-rollout.bpmn, its forms and its code, read from the deployed files: the
 * forms set what the gateways and the multi-instance read, templates name only variables that exist, the options
 * offered exist (questionnaires, departments of the directory).
 */
class SurveyRolloutFormsTest {

	private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

	private final BpmnModelInstance model = read();

	private final ModelForms forms = new ModelForms(model, "survey-rollout.survey-started");

	@Test
	void theFormBeforeEachDecisionSetsWhatItReads() throws IOException {
		assertThat(keys(forms.formOf(SurveyRollout.TASK_DRAFT_PLAN))).contains(SurveyRollout.PRE_HEARING_PLANNED,
				SurveyRollout.INQUIRY_GROUPS, SurveyRollout.RESPONSE_DEADLINE, SurveyRollout.QUESTIONNAIRE_ID,
				SurveyRollout.SURVEY_TITLE);
		assertThat(keys(forms.formOf(SurveyRollout.TASK_APPROVE_SURVEY))).containsExactlyInAnyOrder(
				SurveyRollout.SURVEY_APPROVED, SurveyRollout.APPROVAL_COMMENT);
		assertThat(keys(form("survey-rollout.survey-started"))).containsExactly(SurveyRollout.SURVEY_TITLE);
		assertThat(required(forms.formOf(SurveyRollout.TASK_DRAFT_PLAN))).contains(SurveyRollout.PRE_HEARING_PLANNED,
				SurveyRollout.RESPONSE_DEADLINE, SurveyRollout.SURVEY_EXECUTION);
	}

	@Test
	void anOutsourcedPlanRequiresEveryContractDetailTheCalledProcurementReads() throws IOException {
		JsonNode plan = forms.formOf(SurveyRollout.TASK_DRAFT_PLAN);
		assertThat(options(plan).get(SurveyRollout.SURVEY_EXECUTION))
			.containsExactly(SurveyRollout.EXECUTION_DIRECT, SurveyRollout.EXECUTION_OUTSOURCED);
		List<String> contract = List.of(SurveyRollout.CONTRACT_CONTENT, SurveyRollout.CONTRACT_BUDGET_YEN,
				SurveyRollout.CONTRACT_PERIOD_START, SurveyRollout.CONTRACT_PERIOD_END,
				SurveyRollout.CONTRACT_KICK_OFF_DUE_DATE);
		assertThat(required(plan)).containsAll(contract);
		plan.path("components").forEach(c -> {
			if (contract.contains(c.path("key").asText())) {
				// shown, and so required, only for 委託
				assertThat(c.path("conditional").path("hide").asText())
					.isEqualTo("=surveyExecution != \"OUTSOURCED\"");
			}
		});
		// every variable the call activity reads is set by the plan (surveyTitle and surveyPurpose as well)
		CallActivity call = model
			.getModelElementById(SurveyRollout.CALL_PROCURE_CONTRACTOR);
		List<String> sources = call.getExtensionElements().getElementsQuery()
			.filterByType(CamundaIn.class).list().stream()
			.map(CamundaIn::getCamundaSource).filter(source -> source != null).toList();
		assertThat(keys(plan)).containsAll(sources);
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
		for (String formId : forms.formIds()) {
			Matcher matcher = TEMPLATE.matcher(form(formId).toString());
			while (matcher.find()) {
				assertThat(known).as("variable %s named in %s", matcher.group(1), formId).contains(matcher.group(1));
			}
		}
	}

	@Test
	void theOptionsOfThePlanExist() throws IOException {
		Questionnaires questionnaires = new Questionnaires(SurveyStoreFixture.properties().questionnaires());
		String directory = new ClassPathResource("directory/demo-municipality.yaml").getContentAsString(StandardCharsets.UTF_8);
		for (Map.Entry<String, List<String>> field : options(forms.formOf(SurveyRollout.TASK_DRAFT_PLAN)).entrySet()) {
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
		for (String formId : forms.formIds()) {
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

	private static BpmnModelInstance read() {
		try (InputStream in = new ClassPathResource("processes/survey-rollout.bpmn").getInputStream()) {
			return Bpmn.readModelFromStream(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
