package jp.tsunagari.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * No process stalls for want of someone who may work on it: for every user task of every model in processes/, a
 * user of the demo municipality who is a member of one of its candidate groups (or its assignee) may open the
 * Tasklist (the application grant Camunda's sign-in asks for) and finds the task through the task query as that
 * user, with its form.
 * <p>
 * Each task is reached by starting an instance right at it (process instance modification, without listeners and
 * input mappings, so no earlier step has to be driven), with the demo's routing values for candidate groups given
 * by expressions (a district, the departments of an inquiry, a contractor …) and a due date for every due-date
 * expression. Completing each task through its form is proved by the processes' own tests and the browser test.
 * Since such expressions may name any organisation, every organisation of the directory must be allowed into the
 * Tasklist as well.
 */
// the engine is registered by name in a JVM-wide registry: each whole-application test closes its own context
@DirtiesContext
@SpringBootTest
@ActiveProfiles({ "demo", "test" })
class EveryUserTaskReachesADemoUserIT {

	private static final Pattern EXPRESSION_VARIABLE = Pattern.compile("\\$\\{([A-Za-z]+)");

	/** A date for due-date and timer expressions: the models' dates are ISO dates, some with a time appended. */
	private static final String DATE = "2030-03-31";

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private DirectoryFile directory;

	@TestFactory
	Stream<DynamicTest> everyUserTaskHasADemoUserWhoMayOpenTheTasklistAndSeesIt() {
		return models().flatMap(model -> {
			String processKey = model.getModelElementsByType(Process.class).iterator().next().getId();
			Map<String, Object> timers = timerVariables(model);
			return model.getModelElementsByType(UserTask.class)
				.stream()
				.map(task -> DynamicTest.dynamicTest(processKey + " / " + task.getId() + " 「" + task.getName() + "」",
						() -> checkReachable(processKey, task, timers)));
		});
	}

	/** Expressions may route a task to any organisation: none may be shut out of the Tasklist. */
	@Test
	void everyOrganisationOfTheDirectoryMayOpenTheTasklist() {
		assertThat(directory.organisations()).isNotEmpty()
			.allSatisfy(organisation -> assertThat(engine.getAuthorizationService()
				.isUserAuthorized("a-member", List.of(organisation.id()), Permissions.ACCESS, Resources.APPLICATION,
						"tasklist"))
				.as("members of %s may open the Tasklist", organisation.id())
				.isTrue());
	}

	private void checkReachable(String processKey, UserTask userTask, Map<String, Object> timers) {
		Map<String, Object> variables = new HashMap<>(timers);
		variables.putAll(variables(userTask));
		ProcessInstance instance = engine.getRuntimeService()
			.createProcessInstanceByKey(processKey)
			.setVariables(variables)
			.startBeforeActivity(userTask.getId())
			.execute(true, true);
		try {
			List<Task> tasks = engine.getTaskService()
				.createTaskQuery()
				.processInstanceId(instance.getId())
				.taskDefinitionKey(userTask.getId())
				.list();
			assertThat(tasks).as("the task waiting in the instance").isNotEmpty();
			Task task = tasks.get(0);
			String user = workerOf(task).orElseThrow(() -> new AssertionError("no demo user among the candidates of "
					+ userTask.getId() + ": " + candidateGroups(task) + ", assignee " + task.getAssignee()));
			List<String> groups = groupsOf(user);

			assertThat(engine.getAuthorizationService()
				.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, "tasklist"))
				.as("%s (%s) may open the Tasklist", user, groups)
				.isTrue();
			engine.getIdentityService().setAuthentication(user, groups);
			try {
				assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count())
					.as("%s finds the task through the task query", user)
					.isEqualTo(1);
				if (userTask.getCamundaFormRef() != null) {
					try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
						assertThat(form).as("%s reads the task's form", user).isNotNull();
					}
				}
			}
			finally {
				engine.getIdentityService().clearAuthentication();
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			engine.getRuntimeService().deleteProcessInstance(instance.getId(), "checked", true, true, true);
		}
	}

	/**
	 * Values for the timers that start with a task's scope (boundary events, event sub-processes): a date, a
	 * duration or a cycle, whatever the expression's variable is called.
	 */
	static Map<String, Object> timerVariables(BpmnModelInstance model) {
		Map<String, Object> variables = new HashMap<>();
		for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
			putEach(variables, timer.getTimeDate(), DATE);
			putEach(variables, timer.getTimeDuration(), "P30D");
			putEach(variables, timer.getTimeCycle(), "R/P1M");
		}
		return variables;
	}

	private static void putEach(Map<String, Object> variables, ModelElementInstance expression, Object value) {
		if (expression != null) {
			putEach(variables, expression.getTextContent(), value);
		}
	}

	/** The value for each variable an expression starts with ({@code ${responseDeadline}T23:59:59}). */
	private static void putEach(Map<String, Object> variables, String expression, Object value) {
		Matcher variable = EXPRESSION_VARIABLE.matcher(String.valueOf(expression));
		while (variable.find()) {
			variables.put(variable.group(1), value);
		}
	}

	/** The demo's routing values for candidate groups given by expressions, and a date for the task's due date. */
	static Map<String, Object> variables(UserTask task) {
		Map<String, Object> variables = new HashMap<>();
		putEach(variables, task.getCamundaDueDate(), DATE);
		variables.put("districtGroup", "machi-hokenshitsu-03");
		variables.put("reportingGroup", "welfare-commissioners");
		variables.put("reporterGroup", "link-workers");
		variables.put("programme", Map.of("groups", "disaster-reduction"));
		variables.put("leadOrganisation", "social-welfare-council");
		variables.put("leadFieldGroup", "area-director-education");
		variables.put("inquiryGroup", SpinValues.jsonValue("\"disaster-reduction\"").create());
		variables.put("contractorGroup", "survey-contractor");
		return variables;
	}

	/** The assignee, or the first demo user (by id) in one of the candidate groups. */
	private Optional<String> workerOf(Task task) {
		if (task.getAssignee() != null) {
			return Optional.of(task.getAssignee());
		}
		return candidateGroups(task).stream()
			.flatMap(group -> engine.getIdentityService().createUserQuery().memberOfGroup(group).list().stream())
			.map(User::getId)
			.min(Comparator.naturalOrder());
	}

	private List<String> candidateGroups(Task task) {
		return engine.getTaskService()
			.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
	}

	private List<String> groupsOf(String user) {
		return engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
	}

	static Stream<BpmnModelInstance> models() {
		File[] files = new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"));
		assertThat(files).as("models in processes/").isNotEmpty();
		return Arrays.stream(files).sorted().map(Bpmn::readModelFromFile);
	}

}
