package jp.tsunagari.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.core.io.ClassPathResource;

class LoadEvaluationProgrammesWorkerTest {

	private final ExternalTask task = mock(ExternalTask.class);

	private final ExternalTaskService service = mock(ExternalTaskService.class);

	@Test
	void completesWithTheSheetsOfTheYear() {
		given(task.getVariable(SelfEvaluation.FISCAL_YEAR)).willReturn(2020);

		worker("evaluation/sendai-programmes.csv").execute(task, service);

		@SuppressWarnings("unchecked")
		ArgumentCaptor<Map<String, Object>> variables = ArgumentCaptor.forClass(Map.class);
		verify(service).complete(eq(task), variables.capture());
		assertThat(variables.getValue()).containsEntry(SelfEvaluation.PROGRAMME_COUNT, 38)
			.containsEntry(SelfEvaluation.FISCAL_YEAR_LABEL, "令和2年度");
		assertThat((List<?>) variables.getValue().get(SelfEvaluation.PROGRAMMES)).hasSize(38);
	}

	@Test
	void failsWithoutRetriesWhenTheRegisterCannotBeUsed() {
		given(task.getVariable(SelfEvaluation.FISCAL_YEAR)).willReturn(2020L);

		worker("evaluation/no-such-register.csv").execute(task, service);

		verify(service).handleFailure(eq(task), eq("評価対象事業を読み込めません"), contains("no-such-register.csv"), eq(0),
				eq(0L));
		verify(service, never()).complete(eq(task), anyMap());
	}

	@Test
	void failsWhenTheFiscalYearIsMissing() {
		worker("evaluation/sendai-programmes.csv").execute(task, service);

		verify(service).handleFailure(eq(task), eq("評価対象事業を読み込めません"), contains("fiscalYear"), anyInt(),
				anyLong());
	}

	@Test
	void readsTheFiscalYearAsNumberOrText() {
		assertThat(LoadEvaluationProgrammesWorker.fiscalYear(2020)).isEqualTo(2020);
		assertThat(LoadEvaluationProgrammesWorker.fiscalYear(2020.0)).isEqualTo(2020);
		assertThat(LoadEvaluationProgrammesWorker.fiscalYear(" 2020 ")).isEqualTo(2020);
		assertThatThrownBy(() -> LoadEvaluationProgrammesWorker.fiscalYear("令和2")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void subscribesToItsTopicForThisProcessOnly() {
		ExternalTaskSubscription subscription = LoadEvaluationProgrammesWorker.class
			.getAnnotation(ExternalTaskSubscription.class);

		assertThat(subscription.topicName()).isEqualTo("load-evaluation-programmes");
		assertThat(subscription.processDefinitionKey()).isEqualTo("self-evaluation");
		assertThat(subscription.variableNames()).containsExactly("fiscalYear");
	}

	private static LoadEvaluationProgrammesWorker worker(String register) {
		return new LoadEvaluationProgrammesWorker(new EvaluationProperties(new ClassPathResource(register),
				new ClassPathResource("evaluation/section-groups.yaml")));
	}

}
