package jp.tsunagari.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * Loads the organisation directory and the system accounts into the engine at start-up, before the web server
 * takes requests: groups, users, memberships, standing authorizations and the Tasklist filters.
 */
@EngineNode
@Component
class DirectorySeeder implements SmartInitializingSingleton {

	static final String WORKERS_GROUP = "external-task-workers";

	static final String TASKLIST = "tasklist";

	private static final Logger log = LoggerFactory.getLogger(DirectorySeeder.class);

	private final DirectoryFile directory;

	private final SystemAccounts accounts;

	private final IdentitySync identity;

	private final GroupAuthorizations authorizations;

	private final TasklistFilters filters;

	private final OpenProcesses processes;

	private final ColleagueGrants colleagues;

	private final SyncedDirectory synced;

	DirectorySeeder(DirectoryFile directory, SystemAccounts accounts, ProcessEngine engine) {
		this.directory = directory;
		this.accounts = accounts;
		this.identity = new IdentitySync(engine.getIdentityService());
		this.authorizations = new GroupAuthorizations(engine.getAuthorizationService());
		this.filters = new TasklistFilters(engine.getFilterService(), engine.getTaskService(),
				engine.getAuthorizationService());
		this.processes = new OpenProcesses(engine.getRepositoryService());
		this.colleagues = new ColleagueGrants(engine.getIdentityService());
		this.synced = new SyncedDirectory(engine.getManagementService());
	}

	/**
	 * Writes what differs, unless the last sync wrote from exactly the same directory, accounts, grants and deployed
	 * models (a restart with nothing changed): then it reads one query's worth and writes nothing. The models'
	 * personal-data marks are read only when it writes: they change only with a model, that is with its id.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		long since = System.nanoTime();
		List<ProcessDefinition> deployed = processes.latestDefinitions();
		List<String> managers = directory.organisations().stream()
			.filter(organisation -> organisation.access() == AccessProfile.MANAGER)
			.map(Organisation::id)
			.toList();
		String content = String.join("\n", directory.toString(), accounts.toString(),
				standingGrants(deployed.stream().map(ProcessDefinition::getKey).toList()).toString(),
				deployed.stream().map(ProcessDefinition::getId).toList().toString(), managers.toString(),
				String.valueOf(identity.isWritable()));
		if (synced.isSynced(content)) {
			log.info("Organisation directory unchanged since the last sync: nothing written ({} ms)",
					(System.nanoTime() - since) / 1_000_000);
			return;
		}
		if (identity.isWritable()) {
			writeIdentities();
		}
		else {
			reportWhatTheDirectoryLacks();
		}
		// who may look up whom follows the memberships as written above (or as the city's directory has them); it is
		// left out of the digest, so that a user deleted in Admin stays deleted while nothing else changed
		Set<String> organisations = directory.organisations().stream().map(Organisation::id).collect(Collectors.toSet());
		standingGrants(processes.openProcessKeys()).forEach((group, grants) -> authorizations.sync(group,
				organisations.contains(group) ? Stream.concat(grants.stream(), colleagues.of(group).stream()).toList()
						: grants));
		filters.ensure(managers);
		synced.recordSynced(content);
		log.info("Organisation directory loaded: {} organisations, {} users ({} ms)", directory.organisations().size(),
				directory.users().size(), (System.nanoTime() - since) / 1_000_000);
	}

	/** Per group, its standing grants: the directory's organisations, the administrators, the workers. */
	private Map<String, List<Grant>> standingGrants(List<String> openProcesses) {
		Map<String, List<Grant>> grants = new LinkedHashMap<>();
		directory.organisations()
			.forEach(organisation -> grants.put(organisation.id(), grantsOf(organisation, openProcesses)));
		grants.put(Groups.CAMUNDA_ADMIN, administratorGrants());
		grants.put(WORKERS_GROUP, workerGrants());
		return grants;
	}

	private void writeIdentities() {
		directory.organisations()
			.forEach(organisation -> identity.group(organisation.id(), organisation.name(), organisation.kind().name()));
		identity.group(Groups.CAMUNDA_ADMIN, "システム管理者", Groups.GROUP_TYPE_SYSTEM);
		identity.group(WORKERS_GROUP, "外部タスクワーカー", Groups.GROUP_TYPE_SYSTEM);

		Set<String> managed = directory.organisations().stream().map(Organisation::id).collect(Collectors.toSet());
		for (DirectoryUser user : directory.users()) {
			identity.user(user.id(), user.familyName(), user.givenName(), user.email(), user.password());
			identity.memberships(user.id(), user.groups(), managed);
		}
		SystemAccount admin = accounts.admin();
		identity.user(admin.username(), "システム", "管理者", null, admin.password());
		identity.memberships(admin.username(), List.of(Groups.CAMUNDA_ADMIN), Set.of(Groups.CAMUNDA_ADMIN));
		SystemAccount worker = accounts.worker();
		identity.user(worker.username(), "外部タスク", "ワーカー", null, worker.password());
		identity.memberships(worker.username(), List.of(WORKERS_GROUP), Set.of(WORKERS_GROUP));
	}

	/**
	 * The city's directory (profile {@code ldap}) owns users, groups and memberships: the file only adds to its groups,
	 * so a group of the file the directory does not have is named here (its grants wait for it), and the file's
	 * users are left out.
	 */
	private void reportWhatTheDirectoryLacks() {
		List<String> named = new ArrayList<>(directory.organisations().stream().map(Organisation::id).toList());
		named.addAll(List.of(Groups.CAMUNDA_ADMIN, WORKERS_GROUP));
		List<String> missing = identity.missingGroups(named);
		log.info("The identity service is read-only (the city's directory): users and groups are not written");
		if (!missing.isEmpty()) {
			log.warn("The city's directory has no group {} named in the organisation directory file: their members"
					+ " get no tasks or grants until the directory has them", missing);
		}
		if (!directory.users().isEmpty()) {
			log.warn("The organisation directory file lists {} users, which are ignored: the city's directory owns"
					+ " users and memberships", directory.users().size());
		}
	}

	/**
	 * Every organisation may open the Tasklist, whatever its access profile: models route tasks to any
	 * organisation, by name ({@code candidateGroups="analysts"}) or by expression (the departments of an inquiry,
	 * a case's district, a contractor), and a task nobody may open in the Tasklist stops its process. (The
	 * analysts' profile once lacked this grant, and every survey stopped at the analysts' results review.)
	 */
	static List<Grant> grantsOf(Organisation organisation, List<String> openProcesses) {
		List<Grant> grants = new ArrayList<>(organisation.access().grants());
		grants.add(new Grant(Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
		if (!organisation.access().perOpenProcess().isEmpty()) {
			openProcesses.forEach(key -> grants.add(new Grant(Resources.PROCESS_DEFINITION, key,
					organisation.access().perOpenProcess())));
		}
		grants.add(new Grant(Resources.GROUP, organisation.id(), Permissions.READ));
		for (String processKey : organisation.starts()) {
			grants.add(new Grant(Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ,
					ProcessDefinitionPermissions.CREATE_INSTANCE));
		}
		if (!organisation.starts().isEmpty()) {
			grants.add(new Grant(Resources.PROCESS_INSTANCE, Grant.ANY, ProcessInstancePermissions.CREATE));
		}
		return grants;
	}

	private static List<Grant> administratorGrants() {
		return Arrays.stream(Resources.values())
			.map(resource -> new Grant((Resource) resource, Grant.ANY, Permissions.ALL))
			.toList();
	}

	/** Fetching and completing external tasks through the REST API needs these, and nothing else. */
	private static List<Grant> workerGrants() {
		return List.of(
				new Grant(Resources.PROCESS_DEFINITION, Grant.ANY, ProcessDefinitionPermissions.READ,
						ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE),
				new Grant(Resources.PROCESS_INSTANCE, Grant.ANY, ProcessInstancePermissions.READ,
						ProcessInstancePermissions.UPDATE));
	}

}
