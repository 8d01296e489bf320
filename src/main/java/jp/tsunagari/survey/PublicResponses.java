package jp.tsunagari.survey;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;

import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the public response page does with a personal link: find the recipient by the token's hash, check that the
 * survey is open and not yet answered, validate, then store the answers and (when no count is queued) tell the
 * process in one transaction.
 * A second submission is rejected (the README documents it): answers cannot be changed through the link.
 */
class PublicResponses {

	enum Outcome {
		FORM, STORED, INVALID, UNKNOWN_LINK, CLOSED, ALREADY_ANSWERED
	}

	record Page(Outcome outcome, Survey survey, Questionnaire questionnaire, Recipient recipient,
			AnswerValidation.Result answers) {
	}

	private static final int CORRELATION_ATTEMPTS = 3;

	private final Surveys surveys;

	private final Recipients recipients;

	private final Responses responses;

	private final Questionnaires questionnaires;

	private final SurveyWorkflow workflow;

	private final TransactionTemplate transaction;

	private final Clock clock;

	PublicResponses(Surveys surveys, Recipients recipients, Responses responses, Questionnaires questionnaires,
			SurveyWorkflow workflow, TransactionTemplate transaction, Clock clock) {
		this.surveys = surveys;
		this.recipients = recipients;
		this.responses = responses;
		this.questionnaires = questionnaires;
		this.workflow = workflow;
		this.transaction = transaction;
		this.clock = clock;
	}

	Page show(String token) {
		return open(token).orElseGet(() -> page(Outcome.FORM, token, null));
	}

	Page submit(String token, Map<String, String[]> parameters) {
		Optional<Page> refused = open(token);
		if (refused.isPresent()) {
			return refused.get();
		}
		Page form = page(Outcome.FORM, token, null);
		AnswerValidation.Result result = AnswerValidation.check(form.questionnaire(), parameters);
		if (!result.valid()) {
			return page(Outcome.INVALID, token, result);
		}
		for (int attempt = 1;; attempt++) {
			try {
				Outcome stored = transaction.execute(status -> store(form, result, status));
				return page(stored, token, stored == Outcome.CLOSED ? null : result);
			}
			catch (MismatchingMessageCorrelationException ex) {
				// the deadline timer closed the window between the check and the store: nothing was kept
				return page(Outcome.CLOSED, token, null);
			}
			catch (OptimisticLockingException ex) {
				// a reminder or the deadline changed the survey's execution at the same moment (answers and counts
				// no longer contend, see store): the whole step is repeated
				if (attempt == CORRELATION_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Stores the answers and, only when no count is queued for the survey, tells the process: concurrent answers
	 * then never touch the survey's execution at once, nor while its count job runs (both hold the survey's row, see
	 * {@link Surveys#requestCount}), on one node or several.
	 */
	private Outcome store(Page form, AnswerValidation.Result result, TransactionStatus status) {
		if (!responses.save(form.recipient().id(), result.answers())) {
			return Outcome.ALREADY_ANSWERED;
		}
		switch (surveys.requestCount(form.survey().id())) {
			case CLOSED -> {
				status.setRollbackOnly();
				return Outcome.CLOSED;
			}
			case FIRST -> workflow.responseReceived(form.survey().id());
			case QUEUED -> {
				// the queued count will include this answer
			}
		}
		return Outcome.STORED;
	}

	/** The refusal for an unusable link, if any. */
	private Optional<Page> open(String token) {
		Optional<Recipient> recipient = ResponseTokens.wellFormed(token)
				? recipients.findByTokenHash(ResponseTokens.hash(token)) : Optional.empty();
		if (recipient.isEmpty()) {
			return Optional.of(new Page(Outcome.UNKNOWN_LINK, null, null, null, null));
		}
		Survey survey = surveys.find(recipient.get().surveyId()).orElseThrow();
		if (!survey.acceptsAnswersAt(LocalDateTime.now(clock))) {
			return Optional.of(new Page(Outcome.CLOSED, survey, null, recipient.get(), null));
		}
		if (recipient.get().responded()) {
			return Optional.of(new Page(Outcome.ALREADY_ANSWERED, survey, null, recipient.get(), null));
		}
		return Optional.empty();
	}

	private Page page(Outcome outcome, String token, AnswerValidation.Result answers) {
		Recipient recipient = recipients.findByTokenHash(ResponseTokens.hash(token)).orElseThrow();
		Survey survey = surveys.find(recipient.surveyId()).orElseThrow();
		return new Page(outcome, survey, questionnaires.get(survey.questionnaireId()), recipient,
				answers == null ? new AnswerValidation.Result(Map.of(), Map.of()) : answers);
	}

}
