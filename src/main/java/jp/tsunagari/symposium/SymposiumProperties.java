package jp.tsunagari.symposium;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of symposium-planning ({@code tsunagari.symposium}).
 *
 * @param staffGroup the group whose members see the attendance page and the Excel report (the lead department)
 * @param leadTimes days before (or after) the event date that make the tasks' due dates
 */
@ConfigurationProperties("tsunagari.symposium")
record SymposiumProperties(@DefaultValue("health-welfare-social-affairs") String staffGroup,
		@DefaultValue LeadTimes leadTimes) {

	/**
	 * @param contractorKickOffDays kick-off with the contractors before the event: Sendai 62 days (001:L1365-1380)
	 * @param venueDays venue and programme before the event: about two months (004:L649, L1126; interpretation)
	 * @param speakersDays speakers confirmed before the event (Sendai met a panelist 27 days before, 001:L1413;
	 * interpretation)
	 * @param publicityDays publicity done before the event (publicity in the month before, 004:L649, L1126;
	 * interpretation)
	 * @param reportDays report after the event: Sendai's wrap-up meeting 20 days after (notes §9.2)
	 */
	record LeadTimes(@DefaultValue("62") int contractorKickOffDays, @DefaultValue("60") int venueDays,
			@DefaultValue("30") int speakersDays, @DefaultValue("14") int publicityDays,
			@DefaultValue("20") int reportDays) {
	}

}
