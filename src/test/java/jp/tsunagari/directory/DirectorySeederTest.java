package jp.tsunagari.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.core.io.ClassPathResource;

import jp.tsunagari.system.PersonName;

class DirectorySeederTest {

	private final SystemAccounts accounts = new SystemAccounts(new SystemAccount("admin", "admin-secret"),
			new SystemAccount("worker", "worker-secret"));

	private ProcessEngine engine;

	private IdentityService identity;

	private AuthorizationService authorizations;

	@BeforeEach
	void startEngine() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
			.createStandaloneInMemProcessEngineConfiguration();
		configuration.getProcessEnginePlugins().add(new GroupIdConvention());
		engine = configuration.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID())
			.setAuthorizationEnabled(true)
			.setJobExecutorActivate(false)
			.setProcessEngineName(UUID.randomUUID().toString())
			.buildProcessEngine();
		identity = engine.getIdentityService();
		authorizations = engine.getAuthorizationService();
	}

	@AfterEach
	void closeEngine() {
		engine.close();
	}

	@Test
	void createsGroupsUsersMembershipsAndSystemAccounts() {
		seed("small-town.yaml");

		assertThat(identity.createGroupQuery().groupId("district-01").singleResult())
			.extracting(Group::getName, Group::getType)
			.containsExactly("まちの保健室（第1地区）", "DISTRICT_OFFICE");
		assertThat(groupsOf("baba")).containsExactlyInAnyOrder("district-01", "managers");
		// family name first, as Camunda's webapps print "firstName lastName"
		assertThat(identity.createUserQuery().userId("baba").singleResult())
			.extracting(User::getFirstName, User::getLastName, PersonName::of)
			.containsExactly("馬場", "花子", "馬場 花子");
		assertThat(PersonName.of(identity.createUserQuery().userId("admin").singleResult())).isEqualTo("システム 管理者");
		assertThat(identity.checkPassword("baba", "baba")).isTrue();
		assertThat(groupsOf("admin")).containsExactly(Groups.CAMUNDA_ADMIN);
		assertThat(groupsOf("worker")).containsExactly(DirectorySeeder.WORKERS_GROUP);
	}

	@Test
	void aNameStoredGivenNameFirstIsCorrectedOnTheNextStart() {
		User written = identity.newUser("baba");
		// as an earlier version wrote it: Camunda's webapps showed 「花子 馬場」
		written.setFirstName("花子");
		written.setLastName("馬場");
		written.setPassword("kept-password");
		identity.saveUser(written);

		seed("small-town.yaml");

		User baba = identity.createUserQuery().userId("baba").singleResult();
		assertThat(PersonName.of(baba)).isEqualTo("馬場 花子");
		assertThat(identity.checkPassword("baba", "kept-password")).as("an existing user's password stays").isTrue();
	}

	@Test
	void aRestartWritesNothingNew() {
		seed("small-town.yaml");
		long groups = identity.createGroupQuery().count();
		long users = identity.createUserQuery().count();
		long grants = authorizations.createAuthorizationQuery().count();
		long filters = engine.getFilterService().createFilterQuery().count();

		seed("small-town.yaml");

		assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
		assertThat(identity.createUserQuery().count()).isEqualTo(users);
		assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
		assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(filters).isEqualTo(4);
	}

	@Test
	void aRestartWithTheSameDirectoryWritesNothingUntilTheDirectoryChanges() {
		seed("small-town.yaml");
		// as an administrator might in Admin: an unchanged directory does not bring the user back
		identity.deleteUser("baba");

		seed("small-town.yaml");
		assertThat(identity.createUserQuery().userId("baba").count()).isZero();

		seed("small-town-changed.yaml");
		assertThat(identity.createUserQuery().userId("baba").count()).isOne();
		assertThat(engine.getManagementService().getProperties().get(SyncedDirectory.PROPERTY))
			.as("salted, never the accounts' passwords").doesNotContain(accounts.admin().password());
	}

	@Test
	void aNewlyDeployedModelSyncsAgain() {
		seed("small-town.yaml");
		identity.deleteUser("baba");

		deploy("open-process", "");
		seed("small-town.yaml");

		assertThat(identity.createUserQuery().userId("baba").count()).isOne();
	}

	@Test
	void aChangedFileUpdatesNamesMembershipsAndGrantsButNotPasswords() {
		seed("small-town.yaml");
		identity.createMembership("baba", Groups.CAMUNDA_ADMIN);
		assertThat(mayStartSelfEvaluation("aoki", "general-affairs")).isTrue();

		seed("small-town-changed.yaml");

		assertThat(identity.createGroupQuery().groupId("general-affairs").singleResult().getName()).isEqualTo("総務企画課");
		assertThat(identity.createUserQuery().userId("baba").singleResult().getEmail()).isEqualTo("baba@city.example.jp");
		// memberships given outside the file (camunda-admin here) are kept
		assertThat(groupsOf("baba")).containsExactlyInAnyOrder("general-affairs", Groups.CAMUNDA_ADMIN);
		assertThat(identity.checkPassword("baba", "baba")).isTrue();
		assertThat(mayStartSelfEvaluation("aoki", "general-affairs")).isFalse();
	}

	@Test
	void staffReadDefinitionsManagersReadEverythingAndOnlyManagersGetTheAllTasksFilter() {
		deploy("open-process", "");
		deploy("personal-process", PERSONAL_DATA);
		seed("small-town.yaml");

		assertThat(authorizations.isUserAuthorized("aoki", List.of("general-affairs"), Permissions.READ,
				Resources.PROCESS_DEFINITION, "survey-rollout")).isTrue();
		assertThat(authorizations.isUserAuthorized("aoki", List.of("general-affairs"), Permissions.READ,
				Resources.PROCESS_INSTANCE, "any-instance")).isFalse();
		assertThat(authorizations.isUserAuthorized("baba", List.of("managers"),
				ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, "open-process")).isTrue();
		assertThat(authorizations.isUserAuthorized("baba", List.of("managers"),
				ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION, "open-process")).isTrue();
		// a model holding personal data is granted per instance to the groups of the case, never as a whole
		assertThat(authorizations.isUserAuthorized("baba", List.of("managers"),
				ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, "personal-process")).isFalse();
		assertThat(authorizations.isUserAuthorized("baba", List.of("managers"),
				ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION, "personal-process")).isFalse();
		assertThat(authorizations.isUserAuthorized("baba", List.of("managers"), Permissions.READ,
				Resources.PROCESS_INSTANCE, "any-instance")).isFalse();
		Filter allTasks = engine.getFilterService().createFilterQuery().filterName("全件").singleResult();
		assertThat(authorizations.isUserAuthorized("baba", List.of("managers"), Permissions.READ, Resources.FILTER,
				allTasks.getId())).isTrue();
		assertThat(authorizations.isUserAuthorized("aoki", List.of("general-affairs"), Permissions.READ,
				Resources.FILTER, allTasks.getId())).isFalse();
		Filter myTasks = engine.getFilterService().createFilterQuery().filterName("自分のタスク").singleResult();
		assertThat(authorizations.isUserAuthorized("aoki", List.of("general-affairs"), Permissions.READ,
				Resources.FILTER, myTasks.getId())).isTrue();
	}

	/** A task may go to any organisation (by name or by expression): none may be shut out of the Tasklist. */
	@ParameterizedTest
	@EnumSource(AccessProfile.class)
	void everyOrganisationMayOpenTheTasklistWhateverItsProfile(AccessProfile profile) {
		Organisation organisation = new Organisation("reviewers", "審査担当", OrganisationKind.ROLE, null, profile, null,
				null);

		assertThat(DirectorySeeder.grantsOf(organisation, List.of()))
			.contains(new Grant(Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS)));
	}

	private static final String PERSONAL_DATA = """
			<bpmn:extensionElements><camunda:properties>
			<camunda:property name="personal-data" value="true" /></camunda:properties></bpmn:extensionElements>""";

	private void deploy(String key, String extensions) {
		String xml = """
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
				  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">%s
				    <bpmn:startEvent id="Start" />
				  </bpmn:process>
				</bpmn:definitions>""".formatted(key, extensions);
		engine.getRepositoryService().createDeployment().addString(key + ".bpmn", xml).deploy();
	}

	private boolean mayStartSelfEvaluation(String user, String group) {
		return authorizations.isUserAuthorized(user, List.of(group), ProcessDefinitionPermissions.CREATE_INSTANCE,
				Resources.PROCESS_DEFINITION, "self-evaluation");
	}

	private List<String> groupsOf(String user) {
		return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
	}

	private void seed(String file) {
		DirectoryFile directory = new DirectoryFileReader(true).read(new ClassPathResource("directory/" + file));
		new DirectorySeeder(directory, accounts, engine).afterSingletonsInstantiated();
	}

}
