package jp.tsunagari.survey;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.tsunagari.system.EngineNode;

/** The public response pages' service and the staff pages' access rule (the abuse protection: system.PublicPageGuard). */
@EngineNode
@Configuration(proxyBeanMethods = false)
class SurveyWebConfiguration {

	@Bean
	PublicResponses publicResponses(Surveys surveys, Recipients recipients, Responses responses,
			Questionnaires questionnaires, SurveyWorkflow workflow, PlatformTransactionManager transactionManager,
			Clock surveyClock) {
		return new PublicResponses(surveys, recipients, responses, questionnaires, workflow,
				new TransactionTemplate(transactionManager), surveyClock);
	}

	@Bean
	SurveyAccess surveyAccess(SurveyProperties properties, SurveyWorkflow workflow) {
		return new SurveyAccess(properties.staffGroups(), workflow);
	}

}
