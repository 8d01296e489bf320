package jp.tsunagari.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mail.javamail.JavaMailSender;

import jp.tsunagari.system.FeatureTables;

/** The survey store on a private in-memory H2 database with the production schema, for tests without Spring. */
final class SurveyStoreFixture {

	static final String LINK_SECRET = "test-link-secret-0123456789abcdefghijklmnop";

	final JdbcTemplate jdbc;

	final Clock clock;

	final SurveyProperties properties;

	final Surveys surveys;

	final Recipients recipients;

	final Responses responses;

	final Deliveries deliveries;

	final Questionnaires questionnaires;

	final ResponseTokens tokens;

	final SurveyResults results;

	SurveyStoreFixture(Clock clock) {
		this(new DriverManagerDataSource("jdbc:h2:mem:survey-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY",
				"sa", ""), clock);
	}

	/** The store on any database (PostgreSQL in {@code SurveyStorePostgresIT}), its tables created as at start-up. */
	SurveyStoreFixture(javax.sql.DataSource dataSource, Clock clock) {
		FeatureTables.initializer(dataSource, "classpath:survey/schema.sql").initializeDatabase();
		this.jdbc = new JdbcTemplate(dataSource);
		this.clock = clock;
		this.properties = properties();
		this.surveys = new Surveys(jdbc, clock);
		this.recipients = new Recipients(jdbc);
		this.responses = new Responses(jdbc, clock);
		this.deliveries = new Deliveries(jdbc, clock);
		this.questionnaires = new Questionnaires(properties.questionnaires());
		this.tokens = new ResponseTokens(LINK_SECRET);
		this.results = new SurveyResults(surveys, recipients, responses, questionnaires);
	}

	/** The defaults of application.yaml (the seed lead times), with short retries. */
	static SurveyProperties properties() {
		return new SurveyProperties(Period.ofDays(46), Period.ofDays(14), Period.ofDays(7), Period.ofDays(18),
				"support-organisations", "classpath*:survey/questionnaires/*.yaml", 2, Period.ofDays(14),
				Period.ofDays(7), LINK_SECRET, "https://tsunagari.example.jp", "survey@example.jp", 3,
				Duration.ofSeconds(30), null, List.of("health-welfare-social-affairs", "managers", "analysts"));
	}

	SurveyDispatch dispatch(JavaMailSender mailSender) {
		return new SurveyDispatch(surveys, recipients, deliveries, tokens, new SurveyMail(mailSender, "survey@example.jp"),
				properties.publicBaseUrl());
	}

	/** The personal token a recipient's invitation carried. */
	String tokenOf(String recipientId) {
		return tokens.token(recipients.find(recipientId).orElseThrow().tokenSalt());
	}

}
