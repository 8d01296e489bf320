package jp.tsunagari.analytics;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tsunagari.analytics.*}: the processes whose instances are sensitive (referral cases): the progress page
 * shows them as counts per step only, never a business key, an assignee or a timeline; and the demo history file
 * (seeded in the demo profile unless {@code tsunagari.analytics.seed-demo-history} is false).
 */
@ConfigurationProperties("tsunagari.analytics")
record AnalyticsProperties(@DefaultValue({ "nabari-referral", "case-conference" }) List<String> confidentialProcessKeys,
		@DefaultValue("classpath:analytics/demo-history.yaml") String demoHistory) {

	boolean isConfidential(String processKey) {
		return confidentialProcessKeys.contains(processKey);
	}

}
