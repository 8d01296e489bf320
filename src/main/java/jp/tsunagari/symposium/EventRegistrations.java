package jp.tsunagari.symposium;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagari.system.EngineNode;

import org.springframework.context.annotation.DependsOn;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events and their registrations in TSG_EVENT and TSG_EVENT_REGISTRATION (Spring JDBC). A venue seat is taken by
 * one conditional UPDATE ({@code SEATS_TAKEN < CAPACITY}), which the database runs atomically per row, so
 * concurrent registrations can never overbook; who finds the venue full goes on the waiting list. Cancelling a
 * confirmed venue registration hands its seat to the first on the waiting list. An e-mail address registers once
 * per event (TSG_EVENT_REGISTRANT).
 */
@EngineNode
@Repository
@DependsOn("eventSchema")
class EventRegistrations {

	private static final String REGISTRATION_COLUMNS = "ID, EVENT_ID, NAME, EMAIL, ORGANISATION, CATEGORY, PARTICIPATION, STATUS, ATTENDED";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	EventRegistrations(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.clock = Clock.systemUTC();
	}

	String openEvent(String title, LocalDate date, int capacity, String processInstanceId) {
		String id = UUID.randomUUID().toString();
		jdbc.update("INSERT INTO TSG_EVENT (ID, TITLE, EVENT_DATE, CAPACITY, SEATS_TAKEN, REGISTRATION_OPEN, "
				+ "QUESTIONNAIRE_OPEN, PROCESS_INSTANCE_ID, CREATED_AT) VALUES (?, ?, ?, ?, 0, TRUE, TRUE, ?, ?)", id,
				title, date, capacity, processInstanceId, Timestamp.from(clock.instant()));
		return id;
	}

	Optional<Event> event(String eventId) {
		return jdbc.query("SELECT ID, TITLE, EVENT_DATE, CAPACITY, SEATS_TAKEN, REGISTRATION_OPEN, QUESTIONNAIRE_OPEN "
				+ "FROM TSG_EVENT WHERE ID = ?", (rs, row) -> new Event(rs.getString(1), rs.getString(2),
						rs.getDate(3).toLocalDate(), rs.getInt(4), rs.getInt(5), rs.getBoolean(6), rs.getBoolean(7)),
				eventId)
			.stream()
			.findFirst();
	}

	Event existingEvent(String eventId) {
		return event(eventId).orElseThrow(() -> new UnknownEventException(eventId));
	}

	@Transactional
	Registration register(String eventId, Applicant applicant) {
		Event event = event(eventId).filter(Event::registrationOpen)
			.orElseThrow(() -> new EventNotOpenException("この催しの参加申込は受け付けていません。"));
		claimAddress(eventId, applicant.email());
		RegistrationStatus status = RegistrationStatus.CONFIRMED;
		if (applicant.participation() == Participation.VENUE && !takeSeat(event.id())) {
			status = RegistrationStatus.WAITLISTED;
		}
		Object[] values = { eventId, applicant.name(), applicant.email(), applicant.organisation(),
				applicant.category().name(), applicant.participation().name(), status.name(),
				Timestamp.from(clock.instant()) };
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement("INSERT INTO TSG_EVENT_REGISTRATION (EVENT_ID, NAME, "
					+ "EMAIL, ORGANISATION, CATEGORY, PARTICIPATION, STATUS, ATTENDED, REGISTERED_AT) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?)", Statement.RETURN_GENERATED_KEYS);
			for (int i = 0; i < values.length; i++) {
				insert.setObject(i + 1, values[i]);
			}
			return insert;
		}, key);
		return new Registration(generatedId(key), eventId, applicant.name(), applicant.email(), applicant.organisation(),
				applicant.category(), applicant.participation(), status, false);
	}

	/** Cancels a registration; a freed venue seat goes to the longest-waiting registration, if any. */
	@Transactional
	void cancel(String eventId, long registrationId) {
		Registration registration = registration(eventId, registrationId);
		jdbc.update("UPDATE TSG_EVENT_REGISTRATION SET STATUS = ? WHERE ID = ?", RegistrationStatus.CANCELLED.name(),
				registrationId);
		jdbc.update("DELETE FROM TSG_EVENT_REGISTRANT WHERE EVENT_ID = ? AND EMAIL_KEY = ?", eventId,
				addressKey(registration.email()));
		if (registration.status() != RegistrationStatus.CONFIRMED
				|| registration.participation() != Participation.VENUE) {
			return;
		}
		List<Long> waiting = jdbc.queryForList("SELECT ID FROM TSG_EVENT_REGISTRATION WHERE EVENT_ID = ? AND STATUS = ? "
				+ "ORDER BY REGISTERED_AT, ID", Long.class, eventId, RegistrationStatus.WAITLISTED.name());
		if (waiting.isEmpty()) {
			jdbc.update("UPDATE TSG_EVENT SET SEATS_TAKEN = SEATS_TAKEN - 1 WHERE ID = ?", eventId);
		}
		else {
			jdbc.update("UPDATE TSG_EVENT_REGISTRATION SET STATUS = ? WHERE ID = ?",
					RegistrationStatus.CONFIRMED.name(), waiting.get(0));
		}
	}

	void recordAttendance(String eventId, long registrationId, boolean attended) {
		int updated = jdbc.update("UPDATE TSG_EVENT_REGISTRATION SET ATTENDED = ? WHERE ID = ? AND EVENT_ID = ? AND STATUS = ?",
				attended, registrationId, eventId, RegistrationStatus.CONFIRMED.name());
		if (updated != 1) {
			throw new EventNotOpenException("参加確定の申込ではないため、出席を記録できません。");
		}
	}

	List<Registration> registrations(String eventId) {
		return jdbc.query("SELECT " + REGISTRATION_COLUMNS + " FROM TSG_EVENT_REGISTRATION WHERE EVENT_ID = ? ORDER BY ID",
				EventRegistrations::registration, eventId);
	}

	void closeRegistration(String eventId) {
		jdbc.update("UPDATE TSG_EVENT SET REGISTRATION_OPEN = FALSE WHERE ID = ?", eventId);
	}

	void closeQuestionnaire(String eventId) {
		jdbc.update("UPDATE TSG_EVENT SET QUESTIONNAIRE_OPEN = FALSE WHERE ID = ?", eventId);
	}

	/** H2 returns the key column as ID, PostgreSQL every column in lower case. */
	private static long generatedId(KeyHolder key) {
		return key.getKeys()
			.entrySet()
			.stream()
			.filter(column -> column.getKey().equalsIgnoreCase("ID"))
			.map(column -> ((Number) column.getValue()).longValue())
			.findFirst()
			.orElseThrow();
	}

	/** The primary key decides between concurrent registrations of one address: the second one waits, then fails. */
	private void claimAddress(String eventId, String email) {
		try {
			jdbc.update("INSERT INTO TSG_EVENT_REGISTRANT (EVENT_ID, EMAIL_KEY) VALUES (?, ?)", eventId, addressKey(email));
		}
		catch (DuplicateKeyException registered) {
			throw new AlreadyRegisteredException();
		}
	}

	/** The same address however it is typed: full-width letters, surrounding spaces, upper case. */
	static String addressKey(String email) {
		return Normalizer.normalize(email, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
	}

	private boolean takeSeat(String eventId) {
		return jdbc.update("UPDATE TSG_EVENT SET SEATS_TAKEN = SEATS_TAKEN + 1 WHERE ID = ? AND SEATS_TAKEN < CAPACITY",
				eventId) == 1;
	}

	private Registration registration(String eventId, long registrationId) {
		return jdbc.query("SELECT " + REGISTRATION_COLUMNS + " FROM TSG_EVENT_REGISTRATION WHERE EVENT_ID = ? AND ID = ?",
				EventRegistrations::registration, eventId, registrationId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new EventNotOpenException("申込が見つかりません。"));
	}

	private static Registration registration(ResultSet rs, int row) throws SQLException {
		return new Registration(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				AttendeeCategory.valueOf(rs.getString(6)), Participation.valueOf(rs.getString(7)),
				RegistrationStatus.valueOf(rs.getString(8)), rs.getBoolean(9));
	}

}
