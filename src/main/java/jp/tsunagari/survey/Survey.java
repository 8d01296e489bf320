package jp.tsunagari.survey;

import java.time.LocalDateTime;

/** A survey as stored beside its process instance (id = the process instance id). */
record Survey(String id, String title, String questionnaireId, LocalDateTime responseDeadline, Status status) {

	enum Status {
		/** planned, recipients being assembled */
		PLANNED,
		/** invitations sent, answers accepted until the deadline */
		OPEN,
		/** the window closed: late answers get the closed page */
		CLOSED
	}

	boolean acceptsAnswersAt(LocalDateTime now) {
		return status == Status.OPEN && responseDeadline != null && !now.isAfter(responseDeadline);
	}

}
