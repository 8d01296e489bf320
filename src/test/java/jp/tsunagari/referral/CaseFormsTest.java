package jp.tsunagari.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.core.io.ClassPathResource;

/**
 * The contract between the case models and their forms, read from the deployed files: every variable a gateway
 * decides on is a field of one of the model's forms, and every {{variable}} a form shows is a field of one of them
 * or a variable the model's code sets.
 */
class CaseFormsTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*\\b");

	private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

	private static final Pattern QUOTED = Pattern.compile("'[^']*'");

	private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "and", "or", "not", "empty", "eq",
			"ne");

	@ParameterizedTest
	@CsvSource({
			"nabari-referral, caseNumber district fieldLabels meetingAt",
			"area-director-meeting, meetingAt agendaSummary",
			"referral-feedback, caseNumber reporterName feedbackMessage",
			"case-conference, caseNumber" })
	void gatewaysDecideOnFormFieldsAndFormsShowKnownVariables(String processKey, String setByCode) throws IOException {
		BpmnModelInstance model = read(processKey);
		Set<String> keys = new HashSet<>();
		Set<String> shown = new HashSet<>();
		for (String form : formsOf(model)) {
			JsonNode schema;
			try (InputStream in = new ClassPathResource("forms/" + form + ".form").getInputStream()) {
				schema = JSON.readTree(in);
			}
			schema.findValues("key").forEach(key -> keys.add(key.asText()));
			schema.findValues("text").forEach(text -> collect(TEMPLATE, text.asText(), shown));
		}
		Set<String> decided = new HashSet<>();
		model.getModelElementsByType(ConditionExpression.class)
			.forEach(condition -> collect(IDENTIFIER, QUOTED.matcher(condition.getTextContent()).replaceAll(""),
					decided));
		decided.removeAll(EL_WORDS);

		assertThat(keys).as("form fields of %s", processKey).containsAll(decided);
		Set<String> known = new HashSet<>(keys);
		known.addAll(Set.of(setByCode.split(" ")));
		assertThat(known).as("variables shown by the forms of %s", processKey).containsAll(shown);
	}

	private static Set<String> formsOf(BpmnModelInstance model) {
		Set<String> forms = new HashSet<>();
		model.getModelElementsByType(UserTask.class).forEach(task -> forms.add(task.getCamundaFormRef()));
		model.getModelElementsByType(StartEvent.class)
			.stream()
			.filter(start -> start.getCamundaFormRef() != null)
			.forEach(start -> forms.add(start.getCamundaFormRef()));
		return forms;
	}

	private static void collect(Pattern pattern, String text, Set<String> into) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			into.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
		}
	}

	private static BpmnModelInstance read(String processKey) throws IOException {
		try (InputStream in = new ClassPathResource("processes/" + processKey + ".bpmn").getInputStream()) {
			return Bpmn.readModelFromStream(in);
		}
	}

}
