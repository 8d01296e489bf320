package jp.tsunagari.directory;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * The deployed processes that managers and analysts may read as a whole: all but those holding personal data
 * ({@link PersonalData}). Read at start-up, after the auto-deployment; models deployed while the engine runs are
 * granted on deployment by {@link OpenProcessGrants}.
 */
class OpenProcesses {

	private final RepositoryService repository;

	OpenProcesses(RepositoryService repository) {
		this.repository = repository;
	}

	List<String> openProcessKeys() {
		return repository.createProcessDefinitionQuery()
			.latestVersion()
			.list()
			.stream()
			.filter(definition -> !PersonalData.isMarked(repository.getBpmnModelInstance(definition.getId()),
					definition.getKey()))
			.map(ProcessDefinition::getKey)
			.distinct()
			.sorted()
			.toList();
	}

}
