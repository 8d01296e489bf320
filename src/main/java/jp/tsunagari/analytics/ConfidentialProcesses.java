package jp.tsunagari.analytics;

import java.util.List;
import java.util.function.Predicate;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;

import jp.tsunagari.directory.PersonalData;

/**
 * The processes the progress page shows as counts per step only, because their instances are someone's case:
 * those whose model says it holds personal data ({@link PersonalData}, the same mark that keeps them from the
 * managers' engine grants) and any a city adds in {@code tsunagari.analytics.confidential-process-keys}.
 */
class ConfidentialProcesses {

	private final Predicate<String> markedInModel;

	private final List<String> configured;

	ConfidentialProcesses(Predicate<String> markedInModel, List<String> configured) {
		this.markedInModel = markedInModel;
		this.configured = List.copyOf(configured);
	}

	static ConfidentialProcesses of(RepositoryService repository, List<String> configured) {
		return new ConfidentialProcesses(processKey -> {
			ProcessDefinition latest = repository.createProcessDefinitionQuery()
				.processDefinitionKey(processKey)
				.latestVersion()
				.singleResult();
			return latest != null
					&& PersonalData.isMarked(repository.getBpmnModelInstance(latest.getId()), processKey);
		}, configured);
	}

	boolean isConfidential(String processKey) {
		return configured.contains(processKey) || markedInModel.test(processKey);
	}

}
