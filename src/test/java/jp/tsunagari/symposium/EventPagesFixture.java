package jp.tsunagari.symposium;

import java.time.LocalDate;

import org.springframework.context.ApplicationContext;

/**
 * Events in the states their public and staff pages show, for whole-application tests outside this package (the
 * browser's accessibility check), through the same store the registration pages use.
 */
public final class EventPagesFixture {

	private final EventRegistrations events;

	public EventPagesFixture(ApplicationContext application) {
		this.events = application.getBean(EventRegistrations.class);
	}

	/** An event open for registration and for its questionnaire, outside any process instance. */
	public String openEvent(String title, LocalDate date, int capacity) {
		return events.openEvent(title, date, capacity, "accessibility-check");
	}

	/** A registration as the public page stores it (venue seats first, then the waiting list). */
	public void register(String eventId, String name, String email, AttendeeCategory category,
			Participation participation) {
		events.register(eventId, new Applicant(name, email, null, category, participation));
	}

	public void closeRegistration(String eventId) {
		events.closeRegistration(eventId);
	}

	public void closeQuestionnaire(String eventId) {
		events.closeQuestionnaire(eventId);
	}

}
