package jp.tsunagari.referral;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * Who may see one case: a group involved in the case gets READ on its process instance and on its history (with
 * enable-historic-instance-permissions, that covers its variables, tasks and history), nothing more. Tasks come
 * with their own rows for their candidate groups. The grants are written as the case moves, withdrawn when the
 * person withdraws consent, and audited.
 */
@EngineNode
@Component
public class CaseAccess {

	private static final List<Resources> RESOURCES = List.of(Resources.PROCESS_INSTANCE,
			Resources.HISTORIC_PROCESS_INSTANCE);

	private final AuthorizationService authorizations;

	private final CaseAudit audit;

	public CaseAccess(AuthorizationService authorizations, CaseAudit audit) {
		this.authorizations = authorizations;
		this.audit = audit;
	}

	/** Grants the group this case (idempotent) and writes an ACCESS_GRANTED row. */
	public void grant(DelegateExecution execution, String groupId) {
		String instanceId = execution.getProcessInstanceId();
		SystemCommand.run(() -> {
			for (Resources resource : RESOURCES) {
				boolean present = authorizations.createAuthorizationQuery()
					.authorizationType(AUTH_TYPE_GRANT)
					.groupIdIn(groupId)
					.resourceType(resource)
					.resourceId(instanceId)
					.count() > 0;
				if (!present) {
					Authorization row = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
					row.setGroupId(groupId);
					row.setResource(resource);
					row.setResourceId(instanceId);
					row.addPermission(resource == Resources.PROCESS_INSTANCE ? ProcessInstancePermissions.READ
							: HistoricProcessInstancePermissions.READ);
					authorizations.saveAuthorization(row);
				}
			}
		});
		audit.record(execution, "ACCESS_GRANTED", groupId);
	}

	/**
	 * Withdraws the case from every group but the one given (consent refused or withdrawn: the case is the
	 * district's alone again), at once, and writes an ACCESS_REVOKED row per group. Besides the instance rows, the
	 * rows the engine wrote for the tasks those groups held go too: a grant on one historic task of an instance
	 * lets its holder read every historic variable of the instance, including those written later.
	 */
	public void revokeAllBut(DelegateExecution execution, String keptGroup) {
		String instanceId = execution.getProcessInstanceId();
		Set<String> revoked = new TreeSet<>();
		SystemCommand.run(() -> {
			for (Resources resource : RESOURCES) {
				rowsOn(resource, instanceId).stream()
					.filter(row -> !keptGroup.equals(row.getGroupId()))
					.forEach(row -> revoked.add(delete(row)));
			}
			for (HistoricTaskInstance task : execution.getProcessEngineServices().getHistoryService()
				.createHistoricTaskInstanceQuery().processInstanceId(instanceId).list()) {
				List<Authorization> rows = new ArrayList<>(rowsOn(Resources.TASK, task.getId()));
				rows.addAll(rowsOn(Resources.HISTORIC_TASK, task.getId()));
				if (rows.stream().noneMatch(row -> keptGroup.equals(row.getGroupId()))) {
					rows.forEach(row -> revoked.add(delete(row)));
				}
			}
		});
		revoked.forEach(holder -> audit.record(execution, "ACCESS_REVOKED", holder));
	}

	private List<Authorization> rowsOn(Resources resource, String resourceId) {
		return authorizations.createAuthorizationQuery().resourceType(resource).resourceId(resourceId).list();
	}

	/** Deletes the row and names its holder, a group or a user. */
	private String delete(Authorization row) {
		authorizations.deleteAuthorization(row.getId());
		return row.getGroupId() != null ? row.getGroupId() : row.getUserId();
	}

	/** The groups granted this case, sorted. */
	public Set<String> groupsOf(String processInstanceId) {
		Set<String> groups = new TreeSet<>();
		SystemCommand.run(() -> authorizations.createAuthorizationQuery()
			.authorizationType(AUTH_TYPE_GRANT)
			.resourceType(Resources.PROCESS_INSTANCE)
			.resourceId(processInstanceId)
			.list()
			.forEach(row -> groups.add(row.getGroupId())));
		return groups;
	}

}
