package jp.tsunagari.survey;

import java.util.List;

/**
 * What the surveys handed to the platform (PROCESSES.md §1 step 9): read by platform formation (member recruitment)
 * and symposium planning (invitations). Every survey's flagged respondents, one entry per organisation.
 */
public interface SurveyContacts {

	/** Respondents who answered that they are interested in joining the platform (Sendai: 86, 001:L1525). */
	List<SurveyContact> candidateMembers();

	/** Respondents who want information from the city: they get the next event invitation (001:L1082-L1084). */
	List<SurveyContact> wantingInformation();

}
