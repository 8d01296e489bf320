package jp.tsunagari.symposium;

import java.util.List;

/**
 * The organisations to invite because they answered a survey asking for information from the city (Sendai sent
 * them the symposium invitation, 001:L1082-1084): {@link SurveyEventInvitees} reads them from the survey store.
 */
public interface EventInvitees {

	/** Organisations that asked for information, in a stable order; never null. */
	List<Invitee> organisationsWantingInformation();

	/** An organisation to invite: its name and the address the invitation goes to (e-mail or postal). */
	record Invitee(String organisationName, String contact) {
	}

}
