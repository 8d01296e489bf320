package jp.tsunagari.survey;

import java.util.Arrays;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import jp.tsunagari.system.EngineNode;

/**
 * Where the survey's dispatch workers run: on every engine node (in the application, by default), and on a worker
 * node (profile worker) that is given the survey database ({@code tsunagari.survey.datasource.url}): the workers
 * read recipients and record deliveries there, and talk to the engine only through its REST API.
 */
class SurveyWorkersCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		boolean workerNode = Arrays.asList(context.getEnvironment().getActiveProfiles()).contains(EngineNode.WORKER_PROFILE);
		return !workerNode || !context.getEnvironment().getProperty("tsunagari.survey.datasource.url", "").isBlank();
	}

}
