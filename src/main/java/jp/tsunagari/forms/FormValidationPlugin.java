package jp.tsunagari.forms;


import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;
import jp.tsunagari.system.PostParseListeners;

/**
 * Server-side validation of Camunda Forms: every task completion and process start through a step with a deployed
 * form is checked against that form's rules, whoever submits it (Tasklist, the REST API, our own code). Public
 * because the process tests' engine (process-test.cfg.xml) registers it too.
 */
@EngineNode
@Component
public class FormValidationPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		PostParseListeners.add(configuration, new FormValidationParseListener());
	}

}
