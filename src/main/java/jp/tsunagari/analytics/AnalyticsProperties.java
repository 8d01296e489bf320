package jp.tsunagari.analytics;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tsunagari.analytics.*}: processes whose instances are sensitive beyond those their model marks as holding
 * personal data ({@link ConfidentialProcesses}); and the demo history file (seeded in the demo profile unless
 * {@code tsunagari.analytics.seed-demo-history} is false) with the seed of its random choices (the same seed, the
 * same history).
 */
@ConfigurationProperties("tsunagari.analytics")
record AnalyticsProperties(@DefaultValue({}) List<String> confidentialProcessKeys,
		@DefaultValue("classpath:analytics/demo-history.yaml") String demoHistory,
		@DefaultValue("20260401") long demoHistorySeed) {

}
