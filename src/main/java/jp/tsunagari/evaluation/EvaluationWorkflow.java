package jp.tsunagari.evaluation;

import java.time.LocalDate;

/** What our own code asks of the engine about self-evaluations; the engine stays behind this interface. */
interface EvaluationWorkflow {

	/** Whether an evaluation of that fiscal year is open (running). */
	boolean isOpen(int fiscalYear);

	/** Opens the evaluation of a fiscal year, as the secretariat's start form does. */
	void open(int fiscalYear, LocalDate submissionDeadline);

}
