package jp.tsunagari.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.tsunagari.system.InMemoryEngine;

/** The filters show every task's title (件名), also those created before the title existed. */
class TasklistFiltersTest {

	private ProcessEngine engine;

	private TasklistFilters filters;

	@BeforeEach
	void startEngine() {
		engine = InMemoryEngine.start();
		filters = new TasklistFilters(engine.getFilterService(), engine.getTaskService(),
				engine.getAuthorizationService());
	}

	@AfterEach
	void closeEngine() {
		engine.close();
	}

	@Test
	void everyFilterDisplaysTheTitleAsKenmei() {
		filters.ensure(List.of("managers"));

		assertThat(engine.getFilterService().createFilterQuery().list()).hasSize(4)
			.allSatisfy(filter -> assertThat(filter.getProperties().get("variables"))
				.isEqualTo(List.of(Map.of("name", "title", "label", "件名"))));
	}

	@Test
	void aFilterOfAnEarlierStartIsUpdatedOnceAndKeepsItsIdAndQuery() {
		Filter old = engine.getFilterService()
			.saveFilter(engine.getFilterService()
				.newTaskFilter("部署のタスク")
				.setQuery(engine.getTaskService().createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"))
				.setProperties(Map.of("description", "所属する部署・組織に割り当てられたタスク", "priority", -5, "refresh", true)));

		filters.ensure(List.of("managers"));
		Filter updated = engine.getFilterService().getFilter(old.getId());
		assertThat(updated.getProperties()).containsEntry("variables", List.of(Map.of("name", "title", "label", "件名")))
			.containsEntry("priority", -5);
		assertThat(engine.getFilterService().createFilterQuery().filterName("部署のタスク").count()).isEqualTo(1);
		int revision = ((FilterEntity) updated).getRevision();

		filters.ensure(List.of("managers"));
		assertThat(((FilterEntity) engine.getFilterService().getFilter(old.getId())).getRevision())
			.as("a filter already up to date is not written again").isEqualTo(revision);
	}

}
