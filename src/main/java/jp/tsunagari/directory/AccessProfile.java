package jp.tsunagari.directory;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;

/**
 * What the members of a directory group may do, as rows of grants, beyond what every organisation gets (the
 * Tasklist and its own group: {@link DirectorySeeder#grantsOf}). Staff work on the tasks of their own groups
 * (the engine grants candidate groups their tasks when the task is created); managers read the running and
 * finished instances and analysts the history of every process except those holding personal data (a
 * {@code personal-data} property on the process, e.g. referral cases): those are granted per instance, to the
 * groups handling the case only. Hence per-definition rows ({@link #perOpenProcess()}) instead of wildcards.
 * Nobody reads every user: each organisation reads its own members ({@link ColleagueGrants}).
 */
public enum AccessProfile {

	STAFF(List.of(
			new Grant(PROCESS_DEFINITION, Grant.ANY, READ))),

	MANAGER(List.of(
			new Grant(APPLICATION, "cockpit", ACCESS),
			new Grant(PROCESS_DEFINITION, Grant.ANY, READ),
			new Grant(DECISION_DEFINITION, Grant.ANY, READ),
			new Grant(DECISION_REQUIREMENTS_DEFINITION, Grant.ANY, READ),
			new Grant(DEPLOYMENT, Grant.ANY, READ)),
			List.of(READ, ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
					ProcessDefinitionPermissions.READ_HISTORY)),

	ANALYST(List.of(
			new Grant(APPLICATION, "cockpit", ACCESS),
			new Grant(PROCESS_DEFINITION, Grant.ANY, READ),
			new Grant(DECISION_DEFINITION, Grant.ANY, READ),
			new Grant(DECISION_REQUIREMENTS_DEFINITION, Grant.ANY, READ),
			new Grant(DEPLOYMENT, Grant.ANY, READ)),
			List.of(READ, ProcessDefinitionPermissions.READ_HISTORY));

	private final List<Grant> grants;

	private final List<Permission> perOpenProcess;

	AccessProfile(List<Grant> grants) {
		this(grants, List.of());
	}

	AccessProfile(List<Grant> grants, List<Permission> perOpenProcess) {
		this.grants = grants;
		this.perOpenProcess = perOpenProcess;
	}

	List<Grant> grants() {
		return grants;
	}

	/** Permissions on each process definition without personal data, one row per process key. */
	List<Permission> perOpenProcess() {
		return perOpenProcess;
	}

}
