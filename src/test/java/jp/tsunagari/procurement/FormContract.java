package jp.tsunagari.procurement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads a deployed model and its forms for the form-contract tests: which variables a gateway decides on, which
 * keys a form submits, which variables a form's templates and a task's due date name.
 */
public final class FormContract {

	private static final Pattern EL = Pattern.compile("\\$\\{([^}]*)}");

	private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*\\b");

	private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*(?:#if\\s+)?([A-Za-z_][A-Za-z0-9_]*)");

	private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "and", "or", "not", "empty", "eq", "ne");

	private final BpmnModelInstance model;

	public FormContract(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			model = Bpmn.readModelFromStream(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public BpmnModelInstance model() {
		return model;
	}

	/** Deciding gateways: exclusive gateways with conditions on their outgoing flows whose predecessors are user tasks. */
	public List<ExclusiveGateway> userDecisions() {
		return model.getModelElementsByType(ExclusiveGateway.class)
			.stream()
			.filter(gateway -> gateway.getOutgoing().stream().anyMatch(flow -> flow.getConditionExpression() != null))
			.filter(gateway -> gateway.getPreviousNodes().list().stream().allMatch(UserTask.class::isInstance))
			.toList();
	}

	public Set<String> variablesReadBy(ExclusiveGateway gateway) {
		Set<String> read = new HashSet<>();
		for (SequenceFlow flow : gateway.getOutgoing()) {
			if (flow.getConditionExpression() != null) {
				read.addAll(variablesIn(flow.getConditionExpression().getTextContent()));
			}
		}
		return read;
	}

	public List<UserTask> before(FlowNode node) {
		return node.getPreviousNodes().list().stream().map(UserTask.class::cast).toList();
	}

	public static Set<String> variablesIn(String expression) {
		Set<String> variables = new HashSet<>();
		if (expression == null) {
			return variables;
		}
		Matcher inside = EL.matcher(expression);
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

	/** The id of a user task's form. */
	public String formOf(String userTaskId) {
		return ((UserTask) model.getModelElementById(userTaskId)).getCamundaFormRef();
	}

	/** Every form the model names: its start forms, then its user tasks' forms. */
	public List<String> formIds() {
		return Stream
			.concat(model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef),
					model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef))
			.filter(Objects::nonNull)
			.toList();
	}

	/** The variables a call activity passes to the called process ({@code camunda:in source}). */
	public List<String> variablesPassedBy(String callActivityId) {
		CallActivity call = model.getModelElementById(callActivityId);
		return call.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaIn.class)
			.list()
			.stream()
			.map(CamundaIn::getCamundaSource)
			.filter(Objects::nonNull)
			.toList();
	}

	public static JsonNode form(String formId) {
		try (InputStream in = new ClassPathResource("forms/" + formId + ".form").getInputStream()) {
			return new ObjectMapper().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Keys the form submits: keyed fields that are not disabled. */
	public static Set<String> editableKeys(String formId) {
		Set<String> keys = new HashSet<>();
		visit(form(formId).path("components"), component -> {
			if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)) {
				keys.add(component.path("key").asText());
			}
		});
		return keys;
	}

	/** Required keys: what a gateway or a due date may rely on. */
	public static Set<String> requiredKeys(String formId) {
		Set<String> keys = new HashSet<>();
		visit(form(formId).path("components"), component -> {
			if (component.hasNonNull("key") && component.path("validate").path("required").asBoolean(false)) {
				keys.add(component.path("key").asText());
			}
		});
		return keys;
	}

	/** Roots of the variables named in {{ }} templates (text and labels). */
	public static Set<String> templateVariables(String formId) {
		Set<String> named = new HashSet<>();
		Matcher matcher = TEMPLATE.matcher(form(formId).toString());
		while (matcher.find()) {
			named.add(matcher.group(1));
		}
		return named;
	}

	private static void visit(JsonNode components, Consumer<JsonNode> action) {
		for (JsonNode component : components) {
			action.accept(component);
			visit(component.path("components"), action);
		}
	}

}
