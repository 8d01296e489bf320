package jp.tsunagari.directory;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;
import jp.tsunagari.system.PostParseListeners;

/**
 * Managers and analysts read processes per definition (see {@link AccessProfile}); this gives them a process
 * deployed while the engine runs (Cockpit, REST) as it is parsed, unless it holds personal data. At start-up the
 * directory seeder sets the same rows for every deployed process.
 */
@EngineNode
@Component
class OpenProcessGrants extends AbstractProcessEnginePlugin {

	private final List<Organisation> readers;

	OpenProcessGrants(DirectoryFile directory) {
		this.readers = directory.organisations()
			.stream()
			.filter(organisation -> !organisation.access().perOpenProcess().isEmpty())
			.toList();
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		PostParseListeners.add(configuration, new AbstractBpmnParseListener() {
			@Override
			public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
				if (!PersonalData.isMarked(processElement)) {
					grant(definition.getKey());
				}
			}
		});
	}

	private void grant(String processKey) {
		CommandContext context = Context.getCommandContext();
		AuthorizationService authorizations = context.getProcessEngineConfiguration().getAuthorizationService();
		context.runWithoutAuthorization(() -> {
			for (Organisation reader : readers) {
				boolean present = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
					.groupIdIn(reader.id()).resourceType(Resources.PROCESS_DEFINITION).resourceId(processKey).count() > 0;
				if (!present) {
					Authorization row = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
					row.setGroupId(reader.id());
					row.setResource(Resources.PROCESS_DEFINITION);
					row.setResourceId(processKey);
					reader.access().perOpenProcess().forEach(row::addPermission);
					authorizations.saveAuthorization(row);
				}
			}
			return null;
		});
	}

}
