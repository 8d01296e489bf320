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

	/** The latest version of every deployed process: one query, and new ids whenever a changed model is deployed. */
	List<ProcessDefinition> latestDefinitions() {
		return repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionId().asc().list();
	}

	/** Reads every latest model (its personal-data mark): seconds at start-up, so only when the sync writes. */
	List<String> openProcessKeys() {
		return latestDefinitions()
			.stream()
			.filter(definition -> !PersonalData.isMarked(repository.getBpmnModelInstance(definition.getId()),
					definition.getKey()))
			.map(ProcessDefinition::getKey)
			.distinct()
			.sorted()
			.toList();
	}

}
