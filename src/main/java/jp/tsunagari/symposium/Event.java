package jp.tsunagari.symposium;

import java.time.LocalDate;

/** A stored event: its seats and whether registration and the questionnaire are open. */
record Event(String id, String title, LocalDate date, int capacity, int seatsTaken, boolean registrationOpen,
		boolean questionnaireOpen) {

	public int seatsLeft() {
		return Math.max(0, capacity - seatsTaken);
	}

}
