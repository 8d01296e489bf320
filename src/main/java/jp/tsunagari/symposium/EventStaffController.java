package jp.tsunagari.symposium;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.tsunagari.system.EngineNode;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff pages of an event, for the lead department only (tsunagari.symposium.staff-group): the attendance list on
 * the day (check-in by registration, cancellations that hand the seat to the waiting list) and the event report
 * as Excel. Registrations hold personal data, hence no
 * access for other signed-in users (403).
 */
@EngineNode
@Controller
class EventStaffController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final EventRegistrations events;

	private final QuestionnaireAnswers answers;

	private final String staffAuthority;

	EventStaffController(EventRegistrations events, QuestionnaireAnswers answers, SymposiumProperties properties) {
		this.events = events;
		this.answers = answers;
		this.staffAuthority = "GROUP_" + properties.staffGroup();
	}

	@GetMapping("/symposium/events/{eventId}/attendance")
	String attendance(@PathVariable String eventId, Authentication user, Model model) {
		Event event = staffEvent(eventId, user);
		List<Registration> registrations = events.registrations(eventId);
		List<Registration> confirmed = registrations.stream()
			.filter(registration -> registration.status() == RegistrationStatus.CONFIRMED)
			.toList();
		model.addAttribute("event", event);
		model.addAttribute("registrations", confirmed);
		model.addAttribute("waiting", registrations.stream()
			.filter(registration -> registration.status() == RegistrationStatus.WAITLISTED)
			.toList());
		model.addAttribute("attended", confirmed.stream().filter(Registration::attended).count());
		return "symposium/attendance";
	}

	@PostMapping("/symposium/events/{eventId}/attendance/{registrationId}")
	String recordAttendance(@PathVariable String eventId, @PathVariable long registrationId,
			@RequestParam boolean attended, Authentication user) {
		staffEvent(eventId, user);
		try {
			events.recordAttendance(eventId, registrationId, attended);
		}
		catch (EventNotOpenException notConfirmed) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, notConfirmed.getMessage());
		}
		return "redirect:/symposium/events/" + eventId + "/attendance";
	}

	/** A cancellation reported to the staff (phone, e-mail): a freed venue seat goes to the first waiting. */
	@PostMapping("/symposium/events/{eventId}/registrations/{registrationId}/cancel")
	String cancel(@PathVariable String eventId, @PathVariable long registrationId, Authentication user) {
		staffEvent(eventId, user);
		events.cancel(eventId, registrationId);
		return "redirect:/symposium/events/" + eventId + "/attendance";
	}

	@GetMapping("/symposium/events/{eventId}/report.xlsx")
	ResponseEntity<byte[]> report(@PathVariable String eventId, Authentication user) {
		Event event = staffEvent(eventId, user);
		EventReport report = EventReportCalculator.report(events.registrations(eventId), answers.answers(eventId));
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("開催報告.xlsx", StandardCharsets.UTF_8).build().toString())
			.body(EventReportWorkbook.write(event, report));
	}

	private Event staffEvent(String eventId, Authentication user) {
		boolean staff = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(staffAuthority::equals);
		if (!staff) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "この催しの担当課の職員のみ利用できます。");
		}
		return events.existingEvent(eventId);
	}

}
