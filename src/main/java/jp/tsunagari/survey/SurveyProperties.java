package jp.tsunagari.survey;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the survey rollout ({@code tsunagari.survey.*}). Lead times are ISO-8601 periods from the seeds
 * (001 notes §9.2); the reminder schedule is an interpretation (every seed is silent on reminders).
 *
 * @param planLeadTime design of the questionnaire until dispatch: Sendai 46 days (11/2 → 12/18)
 * @param recipientsLeadTime import and internal inquiry (interpretation, 14 days)
 * @param approvalLeadTime the section chief's approval (interpretation, 7 days)
 * @param reviewLeadTime close of the window until the results are used: Sendai 18 days (1/19 → 2/6 symposium)
 * @param defaultQuestionnaire the questionnaire of a new survey until the plan chooses one
 * @param questionnaires where the questionnaire YAML files are
 * @param reminderCount reminders to non-respondents (0 = none)
 * @param firstReminderBeforeDeadline when the first reminder goes out, counted back from the deadline
 * @param reminderInterval the time between reminders
 * @param linkSecret the HMAC key of the personal links (at least 32 characters; keep it secret and stable)
 * @param publicBaseUrl the address respondents reach the application at, for the links in mails and letters
 * @param mailFrom the sender of invitations and reminders
 * @param retries how many times a worker retries a failed dispatch before an incident is raised
 * @param retryBackoff the wait before the first retry; doubled for each further retry
 * @param csvHeaders header names of the recipient CSV files
 * @param staffGroups groups that may open every survey's staff pages (recipients, letters, results)
 */
@ConfigurationProperties("tsunagari.survey")
record SurveyProperties(@DefaultValue("P46D") Period planLeadTime, @DefaultValue("P14D") Period recipientsLeadTime,
		@DefaultValue("P7D") Period approvalLeadTime, @DefaultValue("P18D") Period reviewLeadTime,
		@DefaultValue("support-organisations") String defaultQuestionnaire,
		@DefaultValue("classpath*:survey/questionnaires/*.yaml") String questionnaires,
		@DefaultValue("2") int reminderCount, @DefaultValue("P14D") Period firstReminderBeforeDeadline,
		@DefaultValue("P7D") Period reminderInterval, String linkSecret,
		@DefaultValue("http://localhost:8080") String publicBaseUrl,
		@DefaultValue("survey@tsunagari.example.jp") String mailFrom, @DefaultValue("3") int retries,
		@DefaultValue("PT1M") Duration retryBackoff, CsvHeaders csvHeaders,
		@DefaultValue({ "health-welfare-social-affairs", "managers", "analysts" }) List<String> staffGroups) {

	/** Header names per recipient field; each list replaces the default names of that field. */
	record CsvHeaders(List<String> organisationName, List<String> contactPerson, List<String> email,
			List<String> postalAddress, List<String> category) {
	}

	RecipientColumns columns() {
		RecipientColumns defaults = RecipientColumns.defaults();
		if (csvHeaders == null) {
			return defaults;
		}
		return new RecipientColumns(or(csvHeaders.organisationName(), defaults.organisationName()),
				or(csvHeaders.contactPerson(), defaults.contactPerson()), or(csvHeaders.email(), defaults.email()),
				or(csvHeaders.postalAddress(), defaults.postalAddress()), or(csvHeaders.category(), defaults.category()));
	}

	/** The wait before the next retry when {@code retriesLeft} remain: 1×, 2×, 4× ... the configured backoff. */
	long backoffMillis(int retriesLeft) {
		int attempt = Math.max(0, retries - retriesLeft);
		return retryBackoff.toMillis() << Math.min(attempt, 10);
	}

	private static List<String> or(List<String> configured, List<String> defaults) {
		return configured == null || configured.isEmpty() ? defaults : configured;
	}

}
