package jp.tsunagari.symposium;

import java.time.LocalDate;
import java.util.List;

/** The events whose public registration page takes applications now: read by the demo's guide page. */
public interface OpenEvents {

	/** An event open for registration and the path of its public registration page. */
	record OpenEvent(String title, LocalDate date, String registrationPath) {
	}

	/** Events open for registration that have not yet taken place, the soonest first. */
	List<OpenEvent> openForRegistration();

}
