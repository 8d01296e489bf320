package jp.tsunagari.survey;

import java.util.List;
import java.util.Map;

/** Tabulates a survey from the store and turns answers into the platform flags. */
class SurveyResults {

	/** How many organisations the hand-off flagged. */
	record Flags(int candidateMembers, int wantingInformation) {
	}

	private final Surveys surveys;

	private final Recipients recipients;

	private final Responses responses;

	private final Questionnaires questionnaires;

	SurveyResults(Surveys surveys, Recipients recipients, Responses responses, Questionnaires questionnaires) {
		this.surveys = surveys;
		this.recipients = recipients;
		this.responses = responses;
		this.questionnaires = questionnaires;
	}

	Tabulation tabulate(String surveyId) {
		Survey survey = surveys.find(surveyId).orElseThrow(() -> new IllegalArgumentException("No survey " + surveyId));
		return Tabulation.of(questionnaires.get(survey.questionnaireId()), survey.title(), recipients.count(surveyId),
				responses.ofSurvey(surveyId).values());
	}

	/**
	 * 参画候補・案内先: respondents interested in joining the platform become candidate members, those who want city
	 * information get event invitations (001:L1044-L1046, L1082-L1084). Recomputed from the answers, so a rerun
	 * sets the same flags.
	 */
	Flags flagContacts(String surveyId) {
		Survey survey = surveys.find(surveyId).orElseThrow(() -> new IllegalArgumentException("No survey " + surveyId));
		Questionnaire questionnaire = questionnaires.get(survey.questionnaireId());
		int candidates = 0;
		int informed = 0;
		for (Map.Entry<String, Map<String, List<String>>> response : responses.ofSurvey(surveyId).entrySet()) {
			boolean candidate = questionnaire.candidateMember().matches(response.getValue());
			boolean information = questionnaire.wantsInformation().matches(response.getValue());
			responses.flag(response.getKey(), candidate, information);
			candidates += candidate ? 1 : 0;
			informed += information ? 1 : 0;
		}
		return new Flags(candidates, informed);
	}

}
