package jp.tsunagari.absence;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * Staff added to the demo directory for one test (each password is the user id, as the demo's), and a one-task
 * process offered to a group, deployed by the test. Public for the browser test of absences.
 */
public final class StaffFixture {

	private StaffFixture() {
	}

	public static void user(ProcessEngine engine, String id, String familyName, String givenName, String... groups) {
		IdentityService identity = engine.getIdentityService();
		User user = identity.newUser(id);
		user.setFirstName(familyName);
		user.setLastName(givenName);
		user.setPassword(id);
		identity.saveUser(user);
		for (String group : groups) {
			identity.createMembership(id, group);
		}
	}

	public static void remove(ProcessEngine engine, String... ids) {
		for (String id : ids) {
			engine.getIdentityService().deleteUser(id);
		}
	}

	/** @return the deployment id */
	public static String deployOneTaskProcess(ProcessEngine engine, String key, String candidateGroup) {
		return engine.getRepositoryService()
			.createDeployment()
			.addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
				.camundaHistoryTimeToLive(1)
				.startEvent()
				.userTask("work").name("確認").camundaCandidateGroups(candidateGroup)
				.endEvent()
				.done())
			.deploy()
			.getId();
	}

	public static Task start(ProcessEngine engine, String key) {
		ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(key);
		return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

}
