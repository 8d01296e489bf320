package jp.tsunagari.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;

/**
 * The Camunda Forms of each deployment (formRefBinding="deployment": the form deployed with the model), each read
 * and parsed once: a deployment never changes. Read through the engine's managers inside the running command, so
 * no authorization on the deployment is needed by the person submitting. A deployment without the form (a test
 * deploying a called model alone) has nothing to validate against.
 */
final class DeployedForms {

	/** Deployments are few; the bound only keeps a server that redeploys often from growing without end. */
	private static final int CAPACITY = 1000;

	private final Map<String, Optional<CamundaForm>> forms = Collections.synchronizedMap(
			new LinkedHashMap<>(64, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<String, Optional<CamundaForm>> eldest) {
					return size() > CAPACITY;
				}
			});

	Optional<CamundaForm> find(CommandContext command, String deploymentId, String formKey) {
		String id = deploymentId + "/" + formKey;
		Optional<CamundaForm> form = forms.get(id);
		if (form == null) {
			form = read(command, deploymentId, formKey);
			forms.put(id, form);
		}
		return form;
	}

	private static Optional<CamundaForm> read(CommandContext command, String deploymentId, String formKey) {
		CamundaFormDefinitionEntity definition = command.getCamundaFormDefinitionManager()
			.findDefinitionByDeploymentAndKey(deploymentId, formKey);
		if (definition == null) {
			return Optional.empty();
		}
		byte[] schema = command.getResourceManager()
			.findResourceByDeploymentIdAndResourceName(deploymentId, definition.getResourceName())
			.getBytes();
		return Optional.of(CamundaForm.read(schema));
	}

}
