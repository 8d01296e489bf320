package jp.tsunagari.survey;

import java.util.Comparator;
import java.util.List;

/**
 * Sends invitations and reminders, one recipient at a time, each recorded in {@link Deliveries} right after the mail
 * server accepted it: a task that fails half-way and is delivered again sends only what is still missing. Postal
 * recipients get their link on the printable letter instead (recorded as a prepared letter).
 */
class SurveyDispatch {

	/** What the survey's dispatch has done in all (also counting what an earlier, failed attempt did). */
	record Result(int emails, int letters) {
	}

	private final Surveys surveys;

	private final Recipients recipients;

	private final Deliveries deliveries;

	private final ResponseTokens tokens;

	private final SurveyMail mail;

	private final String publicBaseUrl;

	SurveyDispatch(Surveys surveys, Recipients recipients, Deliveries deliveries, ResponseTokens tokens, SurveyMail mail,
			String publicBaseUrl) {
		this.surveys = surveys;
		this.recipients = recipients;
		this.deliveries = deliveries;
		this.tokens = tokens;
		this.mail = mail;
		this.publicBaseUrl = publicBaseUrl;
	}

	Result sendInvitations(String surveyId) {
		return sendInvitations(surveyId, () -> {
		});
	}

	/**
	 * Sends what is missing of the survey's invitations; {@code heartbeat} runs before every recipient, so the worker
	 * can keep its lock ({@link LockHeartbeat}) and no second worker starts on the same list meanwhile.
	 */
	Result sendInvitations(String surveyId, Runnable heartbeat) {
		Survey survey = survey(surveyId);
		for (Recipient recipient : lettersFirst(recipients.list(surveyId))) {
			heartbeat.run();
			Deliveries.Kind kind = recipient.byPost() ? Deliveries.Kind.LETTER : Deliveries.Kind.INVITATION;
			String key = Deliveries.key(kind, surveyId, recipient.id());
			if (deliveries.done(key)) {
				continue;
			}
			Recipient withLink = withToken(recipient);
			if (!recipient.byPost()) {
				mail.invite(survey, withLink, link(withLink));
			}
			deliveries.record(key, recipient.id(), kind);
		}
		return new Result(deliveries.count(Deliveries.Kind.INVITATION, surveyId),
				deliveries.count(Deliveries.Kind.LETTER, surveyId));
	}

	/**
	 * Reminds e-mail recipients who have not answered; {@code round} tells one reminder round from the next. Returns
	 * the reminders of this round in all.
	 */
	int sendReminders(String surveyId, String round) {
		return sendReminders(surveyId, round, () -> {
		});
	}

	int sendReminders(String surveyId, String round, Runnable heartbeat) {
		Survey survey = survey(surveyId);
		List<Recipient> waiting = recipients.nonRespondents(surveyId);
		for (Recipient recipient : waiting) {
			heartbeat.run();
			String key = Deliveries.key(Deliveries.Kind.REMINDER, round, recipient.id());
			if (recipient.byPost() || recipient.tokenSalt() == null || deliveries.done(key)) {
				continue;
			}
			mail.remind(survey, recipient, link(recipient));
			deliveries.record(key, recipient.id(), Deliveries.Kind.REMINDER);
		}
		return deliveries.count(Deliveries.Kind.REMINDER, round);
	}

	/**
	 * Postal recipients first: preparing a letter needs no mail server, so a server that is down (the task then
	 * waits for its retries or an incident) never keeps anyone without e-mail from their letter.
	 */
	private static List<Recipient> lettersFirst(List<Recipient> all) {
		return all.stream().sorted(Comparator.comparing(recipient -> !recipient.byPost())).toList();
	}

	String link(Recipient recipient) {
		return publicBaseUrl + "/public/survey/" + tokens.token(recipient.tokenSalt());
	}

	private Recipient withToken(Recipient recipient) {
		if (recipient.tokenSalt() == null) {
			String salt = ResponseTokens.newSalt();
			recipients.assignSalt(recipient.id(), salt, ResponseTokens.hash(tokens.token(salt)));
		}
		return recipients.find(recipient.id()).orElseThrow();
	}

	private Survey survey(String surveyId) {
		return surveys.find(surveyId).orElseThrow(() -> new IllegalArgumentException("No survey " + surveyId));
	}

}
