package jp.tsunagari.formation;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of platform formation ({@code tsunagari.formation.*}). The seeds give two lead times (notes 001 §9.2);
 * the rest, the meeting cycle and the calendar are interpretations with defaults a municipality edits.
 *
 * @param leadTimes the due dates of the steps, as ISO-8601 periods from the task's creation
 * @param meetingCycle ISO-8601 repeating interval of the PF meetings in the self-running phase (Tottori: quarterly)
 * @param fiscalYearStartMonth the first month of the fiscal year (April); a postponed establishment resumes then
 * @param yearReviewMonth the month the year-end review (⑨, ⑩) starts, on its first day (March: 年度末)
 */
@ConfigurationProperties("tsunagari.formation")
record FormationProperties(@DefaultValue LeadTimes leadTimes, @DefaultValue("R/P3M") String meetingCycle,
		@DefaultValue("4") int fiscalYearStartMonth, @DefaultValue("3") int yearReviewMonth) {

	/**
	 * @param setLead ① (interpretation)
	 * @param graspIssues ②: Sendai's kick-off to the direction meeting with 内閣官房, 52 days (8/1 → 9/22)
	 * @param picturePlatform ③, the body's coordination and ④'s method (interpretation)
	 * @param preparation ⑤, ⑥ and the study sessions: Sendai's kick-off to the survey fieldwork, 139 days
	 * @param publicity ⑦'s choice and the symposium plan (interpretation)
	 * @param membership each candidate's invitation and answer (interpretation)
	 * @param establishment the decision to establish (interpretation)
	 * @param meetingRecord a PF meeting's record (interpretation; the seeds' wrap-ups came 1-20 days after)
	 * @param yearReview ⑨ and ⑩ (interpretation)
	 */
	record LeadTimes(@DefaultValue("P14D") Period setLead, @DefaultValue("P52D") Period graspIssues,
			@DefaultValue("P30D") Period picturePlatform, @DefaultValue("P139D") Period preparation,
			@DefaultValue("P30D") Period publicity, @DefaultValue("P30D") Period membership,
			@DefaultValue("P30D") Period establishment, @DefaultValue("P10D") Period meetingRecord,
			@DefaultValue("P30D") Period yearReview) {

		/** The process variables the model's due dates name ({@code ${setLeadLeadTime}} ...). */
		Map<String, Object> variables() {
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put("setLeadLeadTime", setLead.toString());
			variables.put("graspIssuesLeadTime", graspIssues.toString());
			variables.put("picturePlatformLeadTime", picturePlatform.toString());
			variables.put("preparationLeadTime", preparation.toString());
			variables.put("publicityLeadTime", publicity.toString());
			variables.put("membershipLeadTime", membership.toString());
			variables.put("establishmentLeadTime", establishment.toString());
			variables.put("meetingRecordLeadTime", meetingRecord.toString());
			variables.put("yearReviewLeadTime", yearReview.toString());
			return variables;
		}

	}

	FiscalCalendar calendar() {
		return new FiscalCalendar(fiscalYearStartMonth, yearReviewMonth);
	}

}
