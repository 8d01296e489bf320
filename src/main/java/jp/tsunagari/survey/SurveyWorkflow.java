package jp.tsunagari.survey;

/** What our own code asks of the engine about surveys; the engine stays behind this interface. */
interface SurveyWorkflow {

	/** Tells the survey's process that a response was stored; fails when its response window is closed. */
	void responseReceived(String surveyId);

	/** Starts a survey as the lead department's start form does; returns its id. */
	String start(String title);

	/** Whether a group has an open task in the survey (an inquiry department may add recipients then). */
	boolean hasOpenTaskFor(String surveyId, java.util.Collection<String> groupIds);

}
