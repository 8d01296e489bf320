package jp.tsunagari.directory;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;

/**
 * The deployed processes that managers and analysts may read as a whole: all but those whose model carries the
 * property {@code personal-data = true} (referral cases). Read at start-up, after the auto-deployment; a model
 * deployed later by hand gets its rows at the next start.
 */
class OpenProcesses {

	static final String PERSONAL_DATA_PROPERTY = "personal-data";

	private final RepositoryService repository;

	OpenProcesses(RepositoryService repository) {
		this.repository = repository;
	}

	List<String> openProcessKeys() {
		return repository.createProcessDefinitionQuery()
			.latestVersion()
			.list()
			.stream()
			.filter(definition -> !holdsPersonalData(definition))
			.map(ProcessDefinition::getKey)
			.distinct()
			.sorted()
			.toList();
	}

	private boolean holdsPersonalData(ProcessDefinition definition) {
		Process process = repository.getBpmnModelInstance(definition.getId()).getModelElementById(definition.getKey());
		if (process == null || process.getExtensionElements() == null) {
			return false;
		}
		return process.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()
			.stream()
			.flatMap(properties -> properties.getCamundaProperties().stream())
			.anyMatch(property -> PERSONAL_DATA_PROPERTY.equals(property.getCamundaName())
					&& "true".equals(property.getCamundaValue()));
	}

}
