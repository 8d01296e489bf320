package jp.tsunagari.directory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * Directory ids read as words ({@code health-welfare-social-affairs}); Camunda's default id pattern allows no
 * hyphens, so the engine is told to accept them.
 */
@EngineNode
@Component
class GroupIdConvention extends AbstractProcessEnginePlugin {

	static final String GROUP_ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*|camunda-admin";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setGroupResourceWhitelistPattern(GROUP_ID_PATTERN);
	}

}
