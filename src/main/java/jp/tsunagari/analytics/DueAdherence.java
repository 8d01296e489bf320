package jp.tsunagari.analytics;

/**
 * How the user tasks of one step kept their due dates: finished on time, finished late (and by how much), and open
 * past the due date now.
 */
public record DueAdherence(String processKey, String activityId, String activityName, long withDueDate, long onTime,
		long late, long overdueOpen, DurationStats lateness) {

	/** The share of finished tasks done by their due date, or null if none finished. */
	public Double onTimeRate() {
		long finished = onTime + late;
		return finished == 0 ? null : (double) onTime / finished;
	}

}
