package jp.tsunagari.symposium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registrations on a private H2 database: seats, waiting list, no overbooking under concurrency, cancellation. */
class EventRegistrationsTest {

	private EventTables tables;

	private EventRegistrations events;

	@BeforeEach
	void tables() {
		tables = EventTables.inMemory("event-registrations-" + System.nanoTime());
		events = tables.registrations;
	}

	@Test
	void venueSeatsUpToTheCapacityThenTheWaitingListWhileOnlineStaysOpen() {
		String eventId = events.openEvent("勉強会", LocalDate.of(2024, 2, 4), 2, "pi-1");

		assertThat(register(eventId, Participation.VENUE, "a").status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(register(eventId, Participation.VENUE, "b").status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(register(eventId, Participation.VENUE, "c").status()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(register(eventId, Participation.ONLINE, "d").status()).isEqualTo(RegistrationStatus.CONFIRMED);

		assertThat(events.event(eventId)).hasValueSatisfying(event -> {
			assertThat(event.seatsTaken()).isEqualTo(2);
			assertThat(event.seatsLeft()).isZero();
		});
		assertThat(events.registrations(eventId)).extracting(Registration::email)
			.containsExactly("a@example.jp", "b@example.jp", "c@example.jp", "d@example.jp");
	}

	@Test
	void concurrentRegistrationsNeverOverbook() throws Exception {
		String eventId = events.openEvent("シンポジウム", LocalDate.of(2024, 2, 6), 20, "pi-2");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Registration>> applicants = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				String name = "p" + i;
				applicants.add(() -> register(eventId, Participation.VENUE, name));
			}
			List<RegistrationStatus> statuses = new ArrayList<>();
			for (Future<Registration> result : pool.invokeAll(applicants)) {
				statuses.add(result.get().status());
			}
			assertThat(statuses).filteredOn(RegistrationStatus.CONFIRMED::equals).hasSize(20);
			assertThat(statuses).filteredOn(RegistrationStatus.WAITLISTED::equals).hasSize(40);
		}
		finally {
			pool.shutdown();
		}
		assertThat(events.event(eventId).orElseThrow().seatsTaken()).isEqualTo(20);
		assertThat(events.registrations(eventId)).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).hasSize(20);
	}

	@Test
	void aCancelledSeatGoesToTheFirstOnTheWaitingList() {
		String eventId = events.openEvent("シンポジウム", LocalDate.of(2024, 2, 6), 1, "pi-3");
		Registration first = register(eventId, Participation.VENUE, "first");
		Registration waiting = register(eventId, Participation.VENUE, "waiting");
		Registration later = register(eventId, Participation.VENUE, "later");

		events.cancel(eventId, first.id());

		assertThat(events.registrations(eventId)).extracting(Registration::status)
			.containsExactly(RegistrationStatus.CANCELLED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);
		assertThat(events.event(eventId).orElseThrow().seatsTaken()).isEqualTo(1);

		events.cancel(eventId, waiting.id());
		events.cancel(eventId, later.id());
		assertThat(events.event(eventId).orElseThrow().seatsTaken()).as("a seat freed with nobody waiting").isEqualTo(0);
	}

	@Test
	void aClosedOrUnknownEventTakesNoRegistration() {
		String eventId = events.openEvent("シンポジウム", LocalDate.of(2024, 2, 6), 10, "pi-4");
		events.closeRegistration(eventId);

		assertThatThrownBy(() -> register(eventId, Participation.VENUE, "late")).isInstanceOf(EventNotOpenException.class);
		assertThatThrownBy(() -> register("no-such-event", Participation.VENUE, "x"))
			.isInstanceOf(EventNotOpenException.class);
		assertThat(events.registrations(eventId)).isEmpty();
	}

	@Test
	void attendanceIsRecordedForConfirmedRegistrationsOnly() {
		String eventId = events.openEvent("シンポジウム", LocalDate.of(2024, 2, 6), 1, "pi-5");
		Registration seat = register(eventId, Participation.VENUE, "seat");
		Registration waiting = register(eventId, Participation.VENUE, "waiting");

		events.recordAttendance(eventId, seat.id(), true);
		assertThatThrownBy(() -> events.recordAttendance(eventId, waiting.id(), true))
			.isInstanceOf(EventNotOpenException.class);
		assertThat(events.registrations(eventId)).extracting(Registration::attended).containsExactly(true, false);
	}

	@Test
	void anAddressRegistersOncePerEventHoweverItIsTypedUntilItsRegistrationIsCancelled() {
		String eventId = events.openEvent("シンポジウム", LocalDate.of(2024, 2, 7), 10, "pi-6");
		String otherEvent = events.openEvent("勉強会", LocalDate.of(2024, 2, 8), 10, "pi-7");
		Registration first = events.register(eventId, applicant("hanako@example.jp"));

		for (String sameAddress : List.of("hanako@example.jp", " Hanako@Example.JP ", "ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ")) {
			assertThatThrownBy(() -> events.register(eventId, applicant(sameAddress)))
				.isInstanceOf(AlreadyRegisteredException.class)
				.hasMessage("このメールアドレスでは、すでに申し込まれています。");
		}
		assertThat(events.registrations(eventId)).hasSize(1);
		assertThat(events.register(otherEvent, applicant("hanako@example.jp")).status())
			.isEqualTo(RegistrationStatus.CONFIRMED);

		events.cancel(eventId, first.id());
		assertThat(events.register(eventId, applicant("Hanako@example.jp")).status())
			.isEqualTo(RegistrationStatus.CONFIRMED);
	}

	private static Applicant applicant(String email) {
		return new Applicant("花子", email, null, AttendeeCategory.INDIVIDUAL, Participation.VENUE);
	}

	private Registration register(String eventId, Participation participation, String name) {
		return events.register(eventId, new Applicant(name, name + "@example.jp", null, AttendeeCategory.INDIVIDUAL,
				participation));
	}

}
