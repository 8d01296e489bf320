package jp.tsunagari.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import jp.tsunagari.system.EmbeddedPostgresServer;

/**
 * The survey tables and every query of the store on PostgreSQL 16 (embedded), as production runs them: the schema
 * script twice (start-up after start-up), merging, responses, tabulation, flags, delivery counts.
 */
class SurveyStorePostgresIT {

	private static final DataSource postgres = EmbeddedPostgresServer.newDatabase().dataSource();

	@Test
	void theStoreWorksOnPostgresql() {
		new SurveyStoreFixture(postgres, Clock.systemDefaultZone());
		SurveyStoreFixture store = new SurveyStoreFixture(postgres, Clock.systemDefaultZone());
		store.surveys.create("pg", "支援団体調査", "support-organisations");
		store.recipients.add("pg", List.of(new NewRecipient("NPO法人つながり", "山田", "yamada@npo.example.jp", "", ""),
				new NewRecipient("いこいの家", "", "", "仙台市青葉区1-2-3", "")), "sato");
		assertThat(store.recipients.add("pg", List.of(new NewRecipient("いこいの家", "佐藤", "ikoi@example.jp",
				"仙台市青葉区１－２－３", "")), "sasaki")).isEqualTo(new Recipients.Addition(0, 1));
		store.surveys.open("pg", LocalDateTime.now().plusDays(30));

		List<Recipient> recipients = store.recipients.list("pg");
		store.recipients.assignSalt(recipients.get(0).id(), "0011", ResponseTokens.hash(store.tokens.token("0011")));
		assertThat(store.recipients.findByTokenHash(ResponseTokens.hash(store.tokens.token("0011")))).isPresent();
		assertThat(store.responses.save(recipients.get(0).id(), Map.of("q15", List.of("interested"), "q16", List.of("yes"))))
			.isTrue();
		assertThat(store.responses.save(recipients.get(0).id(), Map.of("q15", List.of("undecided")))).isFalse();
		store.deliveries.record(Deliveries.key(Deliveries.Kind.INVITATION, "pg", recipients.get(0).id()),
				recipients.get(0).id(), Deliveries.Kind.INVITATION);
		assertThat(store.deliveries.count(Deliveries.Kind.INVITATION, "pg")).isEqualTo(1);

		Tabulation tabulation = store.results.tabulate("pg");
		assertThat(tabulation.responseRate()).isEqualByComparingTo("50.0");
		assertThat(store.results.flagContacts("pg")).isEqualTo(new SurveyResults.Flags(1, 1));
		assertThat(new JdbcSurveyContacts(store.jdbc).candidateMembers()).extracting(SurveyContact::organisationName)
			.containsExactly(recipients.get(0).organisationName());
		store.surveys.close("pg");
		assertThat(store.surveys.find("pg").orElseThrow().status()).isEqualTo(Survey.Status.CLOSED);
	}

}
