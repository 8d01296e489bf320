package jp.tsunagari.symposium;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.tsunagari.survey.SurveyContact;
import jp.tsunagari.survey.SurveyContacts;
import org.junit.jupiter.api.Test;

class SurveyEventInviteesTest {

	private final SurveyContacts contacts = new SurveyContacts() {
		@Override
		public List<SurveyContact> candidateMembers() {
			return List.of(new SurveyContact("参画希望だけの団体", "木下", "member@example.jp", ""));
		}

		@Override
		public List<SurveyContact> wantingInformation() {
			return List.of(new SurveyContact("NPO法人ワンファミリー仙台", "青木", "info@example.jp", "仙台市青葉区1-1"),
					new SurveyContact("老人クラブ連合会", "石井", "", "仙台市泉区2-2"));
		}
	};

	@Test
	void respondentsWantingInformationAreInvitedByEmailElseByPost() {
		assertThat(new SurveyEventInvitees(contacts).organisationsWantingInformation()).containsExactly(
				new EventInvitees.Invitee("NPO法人ワンファミリー仙台", "info@example.jp"),
				new EventInvitees.Invitee("老人クラブ連合会", "仙台市泉区2-2"));
	}

}
