package jp.tsunagari.absence;

import java.time.LocalDate;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * The absence and transfer jobs, on every engine node at a fixed delay ({@code tsunagari.absence.check-interval},
 * default one minute): safe to run on several nodes at once ({@link ClaimedWork}), and independent of the
 * directory's own synchronisation at start-up.
 */
class AbsenceJobs {

	private final AbsenceCycle absences;

	private final PersonnelTransfers transfers;

	AbsenceJobs(AbsenceCycle absences, PersonnelTransfers transfers) {
		this.absences = absences;
		this.transfers = transfers;
	}

	@Scheduled(fixedDelayString = "${tsunagari.absence.check-interval:PT1M}",
			initialDelayString = "${tsunagari.absence.check-interval:PT1M}")
	void run() {
		transfers.detect();
		absences.run(LocalDate.now());
	}

}
