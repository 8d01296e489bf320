package jp.tsunagari.symposium;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of an event report: attendance on the day by category with shares, venue and online split into
 * 団体 (government and support organisations) and 一般 (individuals) as Toyama counted them, and the questionnaire
 * KPIs. Shares are whole percentages rounded half up, as the seeds print them.
 */
record EventReport(int attendees, Map<AttendeeCategory, Integer> attendeesByCategory,
		Map<AttendeeCategory, Integer> attendeeShares, int venueOrganisations, int venueGeneral, int onlineRegistrants,
		int onlineOrganisations, int onlineGeneral, int waitlisted, int respondents, int understandingPercent,
		int interestPercent, int satisfactionPercent) {

	/** As a process variable: the keys the report form shows. */
	Map<String, Object> asVariable() {
		Map<String, Object> variable = new LinkedHashMap<>();
		variable.put("attendees", attendees);
		put(variable, "individual", AttendeeCategory.INDIVIDUAL);
		put(variable, "government", AttendeeCategory.GOVERNMENT);
		put(variable, "supportOrganisation", AttendeeCategory.SUPPORT_ORGANISATION);
		variable.put("venueOrganisations", venueOrganisations);
		variable.put("venueGeneral", venueGeneral);
		variable.put("onlineRegistrants", onlineRegistrants);
		variable.put("onlineOrganisations", onlineOrganisations);
		variable.put("onlineGeneral", onlineGeneral);
		variable.put("waitlisted", waitlisted);
		variable.put("respondents", respondents);
		variable.put("understandingPercent", understandingPercent);
		variable.put("interestPercent", interestPercent);
		variable.put("satisfactionPercent", satisfactionPercent);
		return variable;
	}

	private void put(Map<String, Object> variable, String key, AttendeeCategory category) {
		variable.put(key, attendeesByCategory.get(category));
		variable.put(key + "Percent", attendeeShares.get(category));
	}

}
