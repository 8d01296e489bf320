package jp.tsunagari.directory;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.List;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;

/**
 * What the members of a directory group may do, as rows of grants. Staff work on the tasks of their own groups
 * (the engine grants candidate groups their tasks when the task is created); managers read every running and
 * finished instance; analysts read history only.
 */
public enum AccessProfile {

	STAFF(List.of(
			new Grant(APPLICATION, "tasklist", ACCESS),
			new Grant(PROCESS_DEFINITION, Grant.ANY, READ),
			new Grant(USER, Grant.ANY, READ))),

	MANAGER(List.of(
			new Grant(APPLICATION, "tasklist", ACCESS),
			new Grant(APPLICATION, "cockpit", ACCESS),
			new Grant(PROCESS_DEFINITION, Grant.ANY, READ, ProcessDefinitionPermissions.READ_INSTANCE,
					ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_HISTORY),
			new Grant(PROCESS_INSTANCE, Grant.ANY, READ),
			new Grant(TASK, Grant.ANY, READ),
			new Grant(HISTORIC_PROCESS_INSTANCE, Grant.ANY, HistoricProcessInstancePermissions.READ),
			new Grant(HISTORIC_TASK, Grant.ANY, HistoricTaskPermissions.READ),
			new Grant(DECISION_DEFINITION, Grant.ANY, READ),
			new Grant(DECISION_REQUIREMENTS_DEFINITION, Grant.ANY, READ),
			new Grant(DEPLOYMENT, Grant.ANY, READ),
			new Grant(USER, Grant.ANY, READ))),

	ANALYST(List.of(
			new Grant(APPLICATION, "cockpit", ACCESS),
			new Grant(PROCESS_DEFINITION, Grant.ANY, READ, ProcessDefinitionPermissions.READ_HISTORY),
			new Grant(HISTORIC_PROCESS_INSTANCE, Grant.ANY, HistoricProcessInstancePermissions.READ),
			new Grant(HISTORIC_TASK, Grant.ANY, HistoricTaskPermissions.READ),
			new Grant(DECISION_DEFINITION, Grant.ANY, READ),
			new Grant(DECISION_REQUIREMENTS_DEFINITION, Grant.ANY, READ),
			new Grant(DEPLOYMENT, Grant.ANY, READ)));

	private final List<Grant> grants;

	AccessProfile(List<Grant> grants) {
		this.grants = grants;
	}

	List<Grant> grants() {
		return grants;
	}

}
