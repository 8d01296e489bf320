package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignedInGroupsAuthorizationPluginTest {

	private ProcessEngine engine;

	@BeforeEach
	void engineWithAuthorizationChecks() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
			.createStandaloneInMemProcessEngineConfiguration()
			.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID())
			.setJobExecutorActivate(false)
			.setProcessEngineName(UUID.randomUUID().toString())
			.setAuthorizationEnabled(true);
		configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
		configuration.setProcessEnginePlugins(List.of(new SignedInGroupsAuthorizationPlugin()));
		engine = configuration.buildProcessEngine();
		engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("p.bpmn",
					Bpmn.createExecutableProcess("p")
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.userTask("work")
						.camundaCandidateGroups("dept-a")
						.endEvent()
						.done())
			.deploy();
		engine.getRuntimeService().startProcessInstanceByKey("p");
	}

	@AfterEach
	void close() {
		engine.close();
	}

	@Test
	void theChecksTakeTheSignedInUsersGroupsWithoutReadingWhichGroupsHoldGrants() {
		AuthorizationManager manager = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
			.getCommandExecutorTxRequired()
			.execute(context -> context.getAuthorizationManager());
		List<String> groups = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
			.getCommandExecutorTxRequired()
			.execute(context -> context.getAuthorizationManager()
				.filterAuthenticatedGroupIds(List.of("no-grants", "dept-a", "no-grants")));

		assertThat(manager).isInstanceOf(SignedInGroupsAuthorizationPlugin.SignedInGroupsAuthorizationManager.class);
		// Camunda's own manager would have read the table and answered [dept-a]
		assertThat(groups).containsExactly("no-grants", "dept-a");
	}

	@Test
	void aTaskIsVisibleExactlyToTheGroupsAndUsersGrantedIt() {
		assertThat(taskCountAs("member", "dept-a")).isEqualTo(1);
		assertThat(taskCountAs("member-of-two", "dept-b", "dept-a")).isEqualTo(1);
		assertThat(taskCountAs("outsider", "dept-b")).isZero();
		assertThat(taskCountAs("nobody")).isZero();

		Authorization grant = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		grant.setUserId("named");
		grant.setResource(Resources.TASK);
		grant.setResourceId(engine.getTaskService().createTaskQuery().singleResult().getId());
		grant.addPermission(Permissions.READ);
		engine.getAuthorizationService().saveAuthorization(grant);
		assertThat(taskCountAs("named", "dept-b")).isEqualTo(1);
	}

	private long taskCountAs(String user, String... groups) {
		engine.getIdentityService().setAuthentication(user, List.of(groups));
		try {
			return engine.getTaskService().createTaskQuery().count();
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

}
