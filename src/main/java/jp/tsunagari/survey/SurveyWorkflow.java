package jp.tsunagari.survey;

/** What our own code asks of the engine about surveys; the engine stays behind this interface. */
interface SurveyWorkflow {

	/** Tells the survey's process that a response was stored; fails when its response window is closed. */
	void responseReceived(String surveyId);

	/** Starts a survey as the lead department's start form does; returns its id. */
	String start(String title);

	/**
	 * Whether the user or one of their groups has an open task in the survey, claimed or not (an inquiry
	 * department may add recipients then).
	 */
	boolean hasOpenTaskFor(String surveyId, String userId, java.util.Collection<String> groupIds);

}
