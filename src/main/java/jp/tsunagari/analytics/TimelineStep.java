package jp.tsunagari.analytics;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One step of an instance's timeline: started, first claimed (user tasks), ended (null while active). Waiting is
 * start → claim, working claim → end (or now); steps nobody claims are all working time.
 */
public record TimelineStep(String activityId, String name, String type, LocalDateTime started, LocalDateTime claimed,
		LocalDateTime ended, String assignee) {

	public boolean isActive() {
		return ended == null;
	}

	Duration waiting(LocalDateTime now) {
		return claimed == null ? (isUserTask() ? Duration.between(started, end(now)) : Duration.ZERO)
				: Duration.between(started, claimed);
	}

	Duration working(LocalDateTime now) {
		if (claimed == null) {
			return isUserTask() ? Duration.ZERO : Duration.between(started, end(now));
		}
		return Duration.between(claimed, end(now));
	}

	boolean isUserTask() {
		return "userTask".equals(type);
	}

	LocalDateTime end(LocalDateTime now) {
		return ended == null ? now : ended;
	}

}
