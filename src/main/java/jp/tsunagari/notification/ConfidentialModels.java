package jp.tsunagari.notification;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;

import jp.tsunagari.directory.PersonalData;

/**
 * Whether a task's process holds personal data (the model's {@code personal-data} mark: referrals, area-director
 * meetings, feedback, case conferences): its mails then say only that a task is waiting, with the link.
 */
class ConfidentialModels {

	private final RepositoryService repository;

	private final Map<String, Boolean> byDefinition = new ConcurrentHashMap<>();

	ConfidentialModels(RepositoryService repository) {
		this.repository = repository;
	}

	boolean holdsPersonalData(NotifiedTask task) {
		return byDefinition.computeIfAbsent(task.processDefinitionId(), id -> PersonalData
			.isMarked(repository.getBpmnModelInstance(id), repository.getProcessDefinition(id).getKey()));
	}

}
