package jp.tsunagari.symposium;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.tsunagari.system.EngineNode;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff pages of an event, for the lead department only (tsunagari.symposium.staff-group, see
 * {@link SymposiumConfiguration#eventStaffPages}): the attendance list on the day (check-in by registration,
 * cancellations that hand the seat to the waiting list) and the event report as Excel. Registrations hold personal
 * data, hence no access for other signed-in users (403).
 */
@EngineNode
@Controller
class EventStaffController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final EventRegistrations events;

	private final QuestionnaireAnswers answers;

	EventStaffController(EventRegistrations events, QuestionnaireAnswers answers) {
		this.events = events;
		this.answers = answers;
	}

	@GetMapping("/symposium/events/{eventId}/attendance")
	String attendance(@PathVariable String eventId, Model model) {
		Event event = events.existingEvent(eventId);
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
			@RequestParam boolean attended) {
		events.existingEvent(eventId); // 404 for an unknown event, as on the page
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
	String cancel(@PathVariable String eventId, @PathVariable long registrationId) {
		events.existingEvent(eventId); // 404 for an unknown event, as on the page
		events.cancel(eventId, registrationId);
		return "redirect:/symposium/events/" + eventId + "/attendance";
	}

	@GetMapping("/symposium/events/{eventId}/report.xlsx")
	ResponseEntity<byte[]> report(@PathVariable String eventId) {
		Event event = events.existingEvent(eventId);
		EventReport report = EventReportCalculator.report(events.registrations(eventId), answers.answers(eventId));
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("開催報告.xlsx", StandardCharsets.UTF_8).build().toString())
			.body(EventReportWorkbook.write(event, report));
	}

}
