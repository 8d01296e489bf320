package jp.tsunagari.forms;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/** Camunda's REST API as the starter configures it, plus {@link FormRefusalResponses}. */
@EngineNode
@Component
class EngineRestResources extends CamundaJerseyResourceConfig {

	@Override
	protected void registerAdditionalResources() {
		register(FormRefusalResponses.class);
	}

}
