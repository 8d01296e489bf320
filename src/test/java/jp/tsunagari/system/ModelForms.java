package jp.tsunagari.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;

import org.springframework.core.io.ClassPathResource;

/**
 * The Camunda Forms of one model as its deployment holds them ({@code forms/<id>.form} on the classpath), for the
 * forms tests: which forms the model names, and what a form sets (the keys of its top-level, enabled components:
 * form-js submits no disabled field) and requires.
 */
public final class ModelForms {

	private final BpmnModelInstance model;

	private final String startFormId;

	public ModelForms(BpmnModelInstance model, String startFormId) {
		this.model = model;
		this.startFormId = startFormId;
	}

	/** The start form and the form of every user task. */
	public List<String> formIds() {
		List<String> ids = new ArrayList<>(List.of(startFormId));
		model.getModelElementsByType(UserTask.class).forEach(task -> ids.add(task.getCamundaFormRef()));
		return ids;
	}

	public JsonNode formOf(String taskId) {
		return form(((UserTask) model.getModelElementById(taskId)).getCamundaFormRef());
	}

	public static JsonNode form(String formId) {
		try (InputStream in = new ClassPathResource("forms/" + formId + ".form").getInputStream()) {
			return new ObjectMapper().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("forms/" + formId + ".form", ex);
		}
	}

	public static List<String> keys(JsonNode form) {
		List<String> keys = new ArrayList<>();
		form.path("components").forEach(c -> {
			if (c.hasNonNull("key") && !c.path("disabled").asBoolean(false)) {
				keys.add(c.path("key").asText());
			}
		});
		return keys;
	}

	public static List<String> required(JsonNode form) {
		List<String> keys = new ArrayList<>();
		form.path("components").forEach(c -> {
			if (c.path("validate").path("required").asBoolean(false)) {
				keys.add(c.path("key").asText());
			}
		});
		return keys;
	}

}
