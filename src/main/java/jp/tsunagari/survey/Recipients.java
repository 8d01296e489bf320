package jp.tsunagari.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.annotation.Transactional;

/**
 * The TSG_SURVEY_RECIPIENT table. New recipients are merged with the ones already on the list: the same e-mail
 * address, or the same name and postal address, is one organisation; a merge only fills fields still empty.
 */
class Recipients {

	/** How many rows an addition created and how many it merged into existing ones. */
	record Addition(int added, int merged) {
	}

	private static final RowMapper<Recipient> ROW = (rs, row) -> new Recipient(rs.getString("ID"),
			rs.getString("SURVEY_ID"), rs.getString("ORGANISATION_NAME"), rs.getString("CONTACT_PERSON"),
			rs.getString("EMAIL"), rs.getString("POSTAL_ADDRESS"), rs.getString("CATEGORY"), rs.getString("ADDED_BY"),
			rs.getString("TOKEN_SALT"), rs.getTimestamp("RESPONDED_AT") != null);

	private final JdbcTemplate jdbc;

	Recipients(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public Addition add(String surveyId, List<NewRecipient> incoming, String addedBy) {
		Map<String, Recipient> byKey = new HashMap<>();
		list(surveyId).forEach(existing -> index(byKey, existing));
		int added = 0;
		int merged = 0;
		for (NewRecipient candidate : incoming) {
			Recipient match = Optional.ofNullable(byKey.get("e:" + candidate.emailKey()))
				.orElse(byKey.get("a:" + candidate.nameAddressKey()));
			if (match != null) {
				Recipient filled = fill(match, candidate);
				jdbc.update("UPDATE TSG_SURVEY_RECIPIENT SET CONTACT_PERSON = ?, EMAIL = ?, POSTAL_ADDRESS = ?, CATEGORY = ?"
						+ " WHERE ID = ?", filled.contactPerson(), filled.email(), filled.postalAddress(),
						filled.category(), filled.id());
				index(byKey, filled);
				merged++;
			}
			else {
				Recipient stored = new Recipient(UUID.randomUUID().toString(), surveyId, candidate.organisationName(),
						candidate.contactPerson(), candidate.email(), candidate.postalAddress(), candidate.category(),
						addedBy, null, false);
				jdbc.update("INSERT INTO TSG_SURVEY_RECIPIENT (ID, SURVEY_ID, ORGANISATION_NAME, CONTACT_PERSON, EMAIL,"
						+ " POSTAL_ADDRESS, CATEGORY, ADDED_BY) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", stored.id(), surveyId,
						stored.organisationName(), stored.contactPerson(), stored.email(), stored.postalAddress(),
						stored.category(), addedBy);
				index(byKey, stored);
				added++;
			}
		}
		return new Addition(added, merged);
	}

	List<Recipient> list(String surveyId) {
		return jdbc.query("SELECT * FROM TSG_SURVEY_RECIPIENT WHERE SURVEY_ID = ? ORDER BY ORGANISATION_NAME, ID", ROW,
				surveyId);
	}

	List<Recipient> nonRespondents(String surveyId) {
		return jdbc.query("SELECT * FROM TSG_SURVEY_RECIPIENT WHERE SURVEY_ID = ? AND RESPONDED_AT IS NULL"
				+ " ORDER BY ORGANISATION_NAME, ID", ROW, surveyId);
	}

	Optional<Recipient> find(String id) {
		return jdbc.query("SELECT * FROM TSG_SURVEY_RECIPIENT WHERE ID = ?", ROW, id).stream().findFirst();
	}

	Optional<Recipient> findByTokenHash(String tokenHash) {
		return jdbc.query("SELECT * FROM TSG_SURVEY_RECIPIENT WHERE TOKEN_HASH = ?", ROW, tokenHash).stream().findFirst();
	}

	int count(String surveyId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM TSG_SURVEY_RECIPIENT WHERE SURVEY_ID = ?", Integer.class,
				surveyId);
	}

	int respondedCount(String surveyId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM TSG_SURVEY_RECIPIENT WHERE SURVEY_ID = ? AND RESPONDED_AT IS NOT NULL",
				Integer.class, surveyId);
	}

	/** Sets the recipient's link once; later calls keep the first, so a redelivered task sends the same link. */
	void assignSalt(String recipientId, String salt, String tokenHash) {
		jdbc.update("UPDATE TSG_SURVEY_RECIPIENT SET TOKEN_SALT = ?, TOKEN_HASH = ? WHERE ID = ? AND TOKEN_SALT IS NULL",
				salt, tokenHash, recipientId);
	}

	private static void index(Map<String, Recipient> byKey, Recipient recipient) {
		NewRecipient key = new NewRecipient(recipient.organisationName(), recipient.contactPerson(), recipient.email(),
				recipient.postalAddress(), recipient.category());
		if (!key.emailKey().isEmpty()) {
			byKey.put("e:" + key.emailKey(), recipient);
		}
		if (!key.nameAddressKey().isEmpty()) {
			byKey.put("a:" + key.nameAddressKey(), recipient);
		}
	}

	private static Recipient fill(Recipient existing, NewRecipient more) {
		return new Recipient(existing.id(), existing.surveyId(), existing.organisationName(),
				either(existing.contactPerson(), more.contactPerson()), either(existing.email(), more.email()),
				either(existing.postalAddress(), more.postalAddress()), either(existing.category(), more.category()),
				existing.addedBy(), existing.tokenSalt(), existing.responded());
	}

	private static String either(String first, String second) {
		return first == null || first.isBlank() ? second : first;
	}

}
