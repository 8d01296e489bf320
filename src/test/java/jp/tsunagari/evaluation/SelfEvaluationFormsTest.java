package jp.tsunagari.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

/**
 * The contract between processes/self-evaluation.bpmn and its forms, read from the files that are deployed: every
 * variable a gateway decides on is a field of the form completed just before it; every answer is declared local to
 * its programme's sub-process; templates name only variables that exist when the form opens.
 */
class SelfEvaluationFormsTest {

	private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*\\b");

	private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "and", "or", "not", "empty", "eq", "ne",
			"lt", "gt", "le", "ge", "div", "mod", "instanceof");

	/** {{ variable.path }} in text and labels; the root is the variable. */
	private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

	private static BpmnModelInstance model;

	@BeforeAll
	static void readModel() throws IOException {
		try (InputStream in = new ClassPathResource("processes/self-evaluation.bpmn").getInputStream()) {
			model = Bpmn.readModelFromStream(in);
		}
	}

	@Test
	void everyVariableAGatewayReadsIsAFieldOfTheFormCompletedBeforeIt() throws IOException {
		List<ExclusiveGateway> deciding = model.getModelElementsByType(ExclusiveGateway.class)
			.stream()
			.filter(gateway -> gateway.getOutgoing().stream().anyMatch(flow -> flow.getConditionExpression() != null))
			.toList();
		assertThat(deciding).extracting(BaseElement::getId).containsExactly(SelfEvaluation.GATEWAY_SHEET_ACCEPTED);

		for (ExclusiveGateway gateway : deciding) {
			Set<String> read = new HashSet<>();
			for (SequenceFlow flow : gateway.getOutgoing()) {
				read.addAll(variablesIn(flow.getConditionExpression().getTextContent()));
			}
			assertThat(read).containsExactlyInAnyOrder(SelfEvaluation.SHEET_ACCEPTED, SelfEvaluation.REVIEW_COMMENT);
			for (FlowNode before : gateway.getPreviousNodes().list()) {
				UserTask task = (UserTask) before;
				assertThat(editableKeys(form(task.getCamundaFormRef())))
					.as("fields of the form of %s, which %s decides on", task.getId(), gateway.getId())
					.containsAll(read);
				// the form writes them into the sheet's scope: declared at the task (fresh each review), mapped out
				assertThat(inputs(task).keySet()).containsAll(read);
				assertThat(outputs(task)).containsAll(read);
			}
		}
	}

	@Test
	void everyAnswerOfTheSheetIsDeclaredLocalToItsProgramme() throws IOException {
		JsonNode sheetForm = form("self-evaluation.write-sheet");
		Map<String, String> declared = inputs(model.getModelElementById(SelfEvaluation.SUBPROCESS_PROGRAMME));

		assertThat(editableKeys(sheetForm)).containsExactlyInAnyOrderElementsOf(SelfEvaluation.SHEET_ANSWERS);
		assertThat(declared.keySet()).containsAll(SelfEvaluation.SHEET_ANSWERS)
			.contains(SelfEvaluation.SHEET_ACCEPTED, SelfEvaluation.REVIEW_COMMENT);
		// Tasklist sends a checklist back typed as the variable it loaded: a list must be declared as a Json list
		for (Map.Entry<String, String> field : keyedTypes(sheetForm).entrySet()) {
			String expected = field.getValue().equals("checklist") ? "${S(\"[]\")}" : "";
			assertThat(declared.get(field.getKey())).as("declaration of %s", field.getKey()).isEqualTo(expected);
		}
	}

	@Test
	void theReviewShowsTheSheetAndWritesOnlyItsDecision() throws IOException {
		JsonNode reviewForm = form("self-evaluation.review-sheet");

		assertThat(editableKeys(reviewForm)).containsExactlyInAnyOrder(SelfEvaluation.SHEET_ACCEPTED,
				SelfEvaluation.REVIEW_COMMENT);
		Set<String> shown = new HashSet<>(keyedTypes(reviewForm).keySet());
		shown.removeAll(editableKeys(reviewForm));
		assertThat(shown).containsExactlyInAnyOrderElementsOf(SelfEvaluation.SHEET_ANSWERS);
	}

	@Test
	void theOtherFormsSetWhatTheProcessReads() throws IOException {
		StartEvent start = model.getModelElementById(SelfEvaluation.START_EVENT);
		assertThat(editableKeys(form(start.getCamundaFormRef()))).containsExactlyInAnyOrder(SelfEvaluation.FISCAL_YEAR,
				SelfEvaluation.SUBMISSION_DEADLINE);
		UserTask sheet = model.getModelElementById(SelfEvaluation.TASK_WRITE_SHEET);
		assertThat(variablesIn(sheet.getCamundaDueDate())).containsExactly(SelfEvaluation.SUBMISSION_DEADLINE);

		UserTask council = model.getModelElementById(SelfEvaluation.TASK_COUNCIL_EVALUATION);
		assertThat(editableKeys(form(council.getCamundaFormRef()))).containsExactlyInAnyOrder(
				SelfEvaluation.COUNCIL_RATING, SelfEvaluation.COUNCIL_COMMENT);
		UserTask publish = model.getModelElementById(SelfEvaluation.TASK_PUBLISH_RESULTS);
		assertThat(editableKeys(form(publish.getCamundaFormRef()))).containsExactlyInAnyOrder(
				SelfEvaluation.PUBLICATION_DATE, SelfEvaluation.PUBLICATION_URL);
	}

	@Test
	void templatesNameOnlyVariablesThatExistWhenTheFormOpens() throws IOException {
		Set<String> known = Set.of(SelfEvaluation.PROGRAMME, SelfEvaluation.FISCAL_YEAR_LABEL,
				SelfEvaluation.NEXT_FISCAL_YEAR_LABEL, SelfEvaluation.REVIEW_COMMENT, SelfEvaluation.EVALUATION_SUMMARY);
		for (String formId : List.of("self-evaluation.evaluation-opened", "self-evaluation.write-sheet",
				"self-evaluation.review-sheet", "self-evaluation.council-evaluation",
				"self-evaluation.publish-results")) {
			Set<String> named = new HashSet<>();
			Matcher matcher = TEMPLATE.matcher(form(formId).toString());
			while (matcher.find()) {
				named.add(matcher.group(1));
			}
			assertThat(known).as("variables named in the templates of %s", formId).containsAll(named);
		}
	}

	@Test
	void everyFormIsAFormJs187FormNamedAfterItsFile() throws IOException {
		for (String formId : List.of("self-evaluation.evaluation-opened", "self-evaluation.write-sheet",
				"self-evaluation.review-sheet", "self-evaluation.council-evaluation",
				"self-evaluation.publish-results")) {
			JsonNode form = form(formId);
			assertThat(form.path("id").asText()).isEqualTo(formId);
			assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
			assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
		}
	}

	// --- reading the files ---

	private static JsonNode form(String formId) throws IOException {
		try (InputStream in = new ClassPathResource("forms/" + formId + ".form").getInputStream()) {
			return new ObjectMapper().readTree(in);
		}
	}

	/** Keys the form submits: keyed fields that are not disabled (Tasklist writes nothing for a disabled field). */
	private static Set<String> editableKeys(JsonNode form) {
		Set<String> keys = new HashSet<>();
		visit(form.path("components"), component -> {
			if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)) {
				keys.add(component.path("key").asText());
			}
		});
		return keys;
	}

	private static Map<String, String> keyedTypes(JsonNode form) {
		Map<String, String> types = new LinkedHashMap<>();
		visit(form.path("components"),
				component -> {
					if (component.hasNonNull("key")) {
						types.put(component.path("key").asText(), component.path("type").asText());
					}
				});
		return types;
	}

	private static void visit(JsonNode components, java.util.function.Consumer<JsonNode> action) {
		for (JsonNode component : components) {
			action.accept(component);
			visit(component.path("components"), action);
		}
	}

	private static Set<String> variablesIn(String expression) {
		Set<String> variables = new HashSet<>();
		Matcher inside = Pattern.compile("\\$\\{([^}]*)}").matcher(expression);
		while (inside.find()) {
			Matcher identifier = IDENTIFIER.matcher(inside.group(1).replaceAll("'[^']*'|\"[^\"]*\"", ""));
			while (identifier.find()) {
				if (!EL_WORDS.contains(identifier.group())) {
					variables.add(identifier.group());
				}
			}
		}
		return variables;
	}

	private static Map<String, String> inputs(BaseElement element) {
		Map<String, String> inputs = new LinkedHashMap<>();
		for (CamundaInputParameter input : inputOutput(element).getCamundaInputParameters()) {
			inputs.put(input.getCamundaName(), input.getTextContent().strip());
		}
		return inputs;
	}

	private static List<String> outputs(BaseElement element) {
		List<String> outputs = new ArrayList<>();
		for (CamundaOutputParameter output : inputOutput(element).getCamundaOutputParameters()) {
			assertThat(output.getTextContent().strip()).isEqualTo("${" + output.getCamundaName() + "}");
			outputs.add(output.getCamundaName());
		}
		return outputs;
	}

	private static CamundaInputOutput inputOutput(BaseElement element) {
		return element.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaInputOutput.class)
			.singleResult();
	}

}
