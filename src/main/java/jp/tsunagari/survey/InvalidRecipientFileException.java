package jp.tsunagari.survey;

import java.util.List;

/** A recipient file that is rejected as a whole, with every problem found (row number and reason, in Japanese). */
class InvalidRecipientFileException extends Exception {

	/** A problem in one row of the file (row 1 is the header), or of the whole file (row 0). */
	record Problem(int row, String reason) {

		@Override
		public String toString() {
			return row == 0 ? reason : row + "行目: " + reason;
		}

	}

	private final List<Problem> problems;

	InvalidRecipientFileException(List<Problem> problems) {
		super(problems.stream().map(Problem::toString).reduce((a, b) -> a + "; " + b).orElse("invalid file"));
		this.problems = List.copyOf(problems);
	}

	List<Problem> problems() {
		return problems;
	}

}
