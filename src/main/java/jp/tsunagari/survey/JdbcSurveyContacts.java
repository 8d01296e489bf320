package jp.tsunagari.survey;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** {@link SurveyContacts} from the recipient table; the same organisation in two surveys is listed once. */
class JdbcSurveyContacts implements SurveyContacts {

	private final JdbcTemplate jdbc;

	JdbcSurveyContacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<SurveyContact> candidateMembers() {
		return flagged("CANDIDATE_MEMBER");
	}

	@Override
	public List<SurveyContact> wantingInformation() {
		return flagged("WANTS_INFORMATION");
	}

	private List<SurveyContact> flagged(String column) {
		// the column name is one of two constants above, never input
		return jdbc.query("SELECT DISTINCT ORGANISATION_NAME, CONTACT_PERSON, EMAIL, POSTAL_ADDRESS FROM TSG_SURVEY_RECIPIENT"
				+ " WHERE " + column + " = TRUE ORDER BY ORGANISATION_NAME, EMAIL, POSTAL_ADDRESS",
				(rs, row) -> new SurveyContact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
	}

}
