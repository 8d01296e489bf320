package jp.tsunagari.analytics;

import java.time.LocalDateTime;

/** The instance a timeline is drawn for; {@code ended} is null while it runs. */
public record TimelineHeader(String instanceId, String processKey, String businessKey, LocalDateTime started,
		LocalDateTime ended) {
}
