package jp.tsunagari.absence;

import java.time.LocalDate;

/**
 * A staff member away from {@code from} to {@code to} (both days included), and the colleague of the same department
 * who acts for them meanwhile.
 */
record Absence(long id, String absentUserId, String substituteId, LocalDate from, LocalDate to, State state) {

	/** Where the absence stands; each move is made by one engine node only ({@link Absences#move}). */
	enum State {

		/** Recorded; the substitute has not been given the tasks yet. */
		RECORDED("予定"),
		/** Under way: the substitute sees and may complete the absent person's tasks. */
		COVERING("代理中"),
		/** Over: what the substitute was given has been taken back. */
		ENDED("終了");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
