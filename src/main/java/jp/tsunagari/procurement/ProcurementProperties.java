package jp.tsunagari.procurement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of trial-project procurement.
 *
 * @param municipalityType the column of 地方自治法施行令 別表第5 that applies ({@code
 * tsunagari.procurement.municipality-type}: {@code prefecture-or-designated-city} or {@code other}); the demo city is
 * modelled on Sendai, a designated city
 * @param progressMeetingCycle the ISO 8601 timer cycle of the progress meetings ({@code
 * tsunagari.procurement.progress-meeting-cycle}); the seeds' meetings were about two weeks apart (notes §8.4)
 */
@ConfigurationProperties("tsunagari.procurement")
record ProcurementProperties(@DefaultValue("prefecture-or-designated-city") MunicipalityType municipalityType,
		@DefaultValue("R/P14D") String progressMeetingCycle) {
}
