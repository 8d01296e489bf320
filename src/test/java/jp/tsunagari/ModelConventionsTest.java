package jp.tsunagari;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import jp.tsunagari.system.ProcedureTitle;

/**
 * The rules every model and form in processes/ and forms/ follows (see the README), checked on the files
 * themselves so a model drawn in the Modeler cannot slip past them.
 */
class ModelConventionsTest {

	/** Ids the Modeler generates: Activity_0abc123, Flow_1xyz9ab, Gateway_0k2j3h4, Task_1lvjtd4, ServiceTask_1. */
	private static final Pattern GENERATED_ID = Pattern.compile(".*_([0-9][0-9a-z]{6}|[0-9]+)$|^(sid|id)-.*");

	private static final ObjectMapper JSON = new ObjectMapper();

	@TestFactory
	Stream<DynamicTest> everyModelFollowsTheConventions() {
		return files("processes", ".bpmn").stream()
			.map(file -> DynamicTest.dynamicTest(file.getName(), () -> check(file)));
	}

	@TestFactory
	Stream<DynamicTest> everyFormIsNamedAfterItsId() {
		return files("forms", ".form").stream().map(file -> DynamicTest.dynamicTest(file.getName(), () -> {
			JsonNode form = JSON.readTree(file);
			assertThat(form.path("id").asText()).as("form id of %s", file).isEqualTo(stem(file, ".form"));
			assertThat(form.path("components").isArray()).as("components of %s", file).isTrue();
		}));
	}

	@Test
	void everyFormIsUsedByAModel() throws IOException {
		Set<String> referenced = files("processes", ".bpmn").stream()
			.flatMap(file -> formRefs(Bpmn.readModelFromFile(file)).stream())
			.collect(Collectors.toSet());
		assertThat(files("forms", ".form")).extracting(file -> stem(file, ".form"))
			.allSatisfy(form -> assertThat(referenced).as("models referring to form %s", form).contains(form));
	}

	private void check(File file) throws IOException {
		BpmnModelInstance model = Bpmn.readModelFromFile(file);
		Bpmn.validateModel(model);
		Process process = model.getModelElementsByType(Process.class).iterator().next();
		String key = stem(file, ".bpmn");
		assertThat(process.getId()).as("process id = file name").isEqualTo(key);
		assertThat(process.isExecutable()).as("%s is executable", key).isTrue();
		assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive of %s", key).isNotBlank();
		assertThat(process.getDocumentations()).as("documentation of %s citing the seeds", key).isNotEmpty();
		assertThat(model.getModelElementsByType(CamundaExecutionListener.class))
			.as("%s names its instances (件名 in Tasklist, business key) with ProcedureTitle", key)
			.anySatisfy(listener -> assertThat(listener.getCamundaClass()).isEqualTo(ProcedureTitle.class.getName()));

		Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
			.map(shape -> shape.getBpmnElement().getId())
			.collect(Collectors.toSet());
		Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
			.map(edge -> edge.getBpmnElement().getId())
			.collect(Collectors.toSet());
		for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
			assertThat(shapes).as("diagram shape of %s in %s", node.getId(), key).contains(node.getId());
			assertThat(node.getName()).as("Japanese name of %s in %s", node.getId(), key).isNotBlank();
		}
		for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
			assertThat(edges).as("diagram edge of %s in %s", flow.getId(), key).contains(flow.getId());
		}
		for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
			if (element.getId() != null && !(element instanceof BpmnShape) && !(element instanceof BpmnEdge)) {
				assertThat(element.getId()).as("chosen (not generated) id in %s", key).doesNotMatch(GENERATED_ID);
			}
		}
		Set<String> groups = directoryGroups();
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			String where = task.getId() + " in " + key;
			assertThat(task.getCamundaCandidateGroups()).as("candidate groups of %s", where).isNotBlank();
			for (String group : task.getCamundaCandidateGroupsList()) {
				if (!group.contains("${")) {
					assertThat(groups).as("candidate group %s of %s in the directory", group, where).contains(group);
				}
			}
			assertForm(task.getCamundaFormRef(), task.getCamundaFormRefBinding(), where);
		}
		for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
			if (start.getCamundaFormRef() != null) {
				assertForm(start.getCamundaFormRef(), start.getCamundaFormRefBinding(), start.getId() + " in " + key);
			}
		}
	}

	private static void assertForm(String formRef, String binding, String where) {
		assertThat(formRef).as("formRef of %s", where).isNotBlank();
		assertThat(binding).as("formRefBinding of %s", where).isEqualTo("deployment");
		assertThat(new File("forms", formRef + ".form")).as("form file of %s", where).isFile();
	}

	private static List<String> formRefs(BpmnModelInstance model) {
		return Stream.concat(
				model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef),
				model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef))
			.filter(ref -> ref != null)
			.toList();
	}

	private static Set<String> directoryGroups() throws IOException {
		JsonNode directory = new YAMLMapper()
			.readTree(new File("src/main/resources/directory/demo-municipality.yaml"));
		Set<String> ids = directory.path("organisations").findValuesAsText("id").stream().collect(Collectors.toSet());
		return ids;
	}

	private static Collection<File> files(String folder, String suffix) {
		File[] files = new File(folder).listFiles((dir, name) -> name.endsWith(suffix));
		return files == null ? List.of() : Arrays.stream(files).sorted().toList();
	}

	private static String stem(File file, String suffix) {
		return file.getName().substring(0, file.getName().length() - suffix.length());
	}

}
