package jp.tsunagari.survey;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * What the dispatch workers need, on an engine node and on a worker node with the survey database alike: the
 * recipient and delivery tables, the personal links, the mail sender.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SurveyWorkersCondition.class)
@EnableConfigurationProperties(SurveyProperties.class)
class SurveyStoreConfiguration {

	@Bean
	Clock surveyClock() {
		return Clock.systemDefaultZone();
	}

	@Bean
	ResponseTokens responseTokens(SurveyProperties properties) {
		return new ResponseTokens(properties.linkSecret());
	}

	@Bean
	Surveys surveys(JdbcTemplate jdbc, Clock surveyClock) {
		return new Surveys(jdbc, surveyClock);
	}

	@Bean
	Recipients recipients(JdbcTemplate jdbc) {
		return new Recipients(jdbc);
	}

	@Bean
	Deliveries deliveries(JdbcTemplate jdbc, Clock surveyClock) {
		return new Deliveries(jdbc, surveyClock);
	}

	@Bean
	SurveyDispatch surveyDispatch(Surveys surveys, Recipients recipients, Deliveries deliveries, ResponseTokens tokens,
			ObjectProvider<JavaMailSender> mailSender, SurveyProperties properties) {
		// without spring.mail.host there is no sender: dispatch then fails into an incident, start-up does not
		return new SurveyDispatch(surveys, recipients, deliveries, tokens,
				new SurveyMail(mailSender.getIfAvailable(), properties.mailFrom()), properties.publicBaseUrl());
	}

	@Bean
	WorkerRetries surveyWorkerRetries(SurveyProperties properties) {
		return new WorkerRetries(properties);
	}

}
