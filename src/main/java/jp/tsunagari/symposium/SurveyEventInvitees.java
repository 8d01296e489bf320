package jp.tsunagari.symposium;

import java.util.List;

import jp.tsunagari.survey.SurveyContact;
import jp.tsunagari.survey.SurveyContacts;
import jp.tsunagari.system.EngineNode;

import org.springframework.stereotype.Component;

/**
 * The survey respondents who asked for information from the city, as the symposium's invitees: the invitation goes
 * to the e-mail address where the survey has one, else to the postal address.
 */
@EngineNode
@Component
class SurveyEventInvitees implements EventInvitees {

	private final SurveyContacts contacts;

	SurveyEventInvitees(SurveyContacts contacts) {
		this.contacts = contacts;
	}

	@Override
	public List<Invitee> organisationsWantingInformation() {
		return contacts.wantingInformation().stream().map(SurveyEventInvitees::invitee).toList();
	}

	private static Invitee invitee(SurveyContact contact) {
		boolean hasEmail = contact.email() != null && !contact.email().isBlank();
		return new Invitee(contact.organisationName(), hasEmail ? contact.email() : contact.postalAddress());
	}

}
