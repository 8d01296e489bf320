package jp.tsunagari.absence;

import java.time.LocalDate;

/**
 * Starts and ends absences on their days, and gives substitutes the absent person's new tasks, on every engine node
 * ({@link AbsenceJobs}). Each absence is handled in its own transaction ({@link ClaimedWork}): of several nodes
 * only the one that moved its state starts or ends it; two covering the same new task at once collide on the cover
 * row's key.
 */
class AbsenceCycle {

	private final Absences absences;

	private final AbsenceCoverage coverage;

	private final ClaimedWork work;

	AbsenceCycle(Absences absences, AbsenceCoverage coverage, ClaimedWork work) {
		this.absences = absences;
		this.coverage = coverage;
		this.work = work;
	}

	void run(LocalDate today) {
		for (Absence over : absences.overBefore(today)) {
			work.run(over, () -> {
				if (absences.move(over, Absence.State.ENDED) && over.state() == Absence.State.COVERING) {
					coverage.release(over);
				}
			});
		}
		for (Absence starting : absences.startingBy(today)) {
			work.run(starting, () -> absences.move(starting, Absence.State.COVERING));
		}
		for (Absence covering : absences.covering()) {
			work.run(covering, () -> coverage.cover(covering));
		}
	}

}
