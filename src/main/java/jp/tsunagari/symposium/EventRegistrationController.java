package jp.tsunagari.symposium;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import jp.tsunagari.system.EngineNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public registration page of an event (no sign-in, CSRF protected): venue seats up to the capacity, then the
 * waiting list; online participation unlimited. Bad input: 400 with the form and a message naming each field; a
 * closed event, or an e-mail address registered already: 409.
 */
@EngineNode
@Controller
class EventRegistrationController {

	private final EventRegistrations events;

	EventRegistrationController(EventRegistrations events) {
		this.events = events;
	}

	@GetMapping("/public/events/{eventId}/register")
	String form(@PathVariable String eventId, Model model) {
		model.addAttribute("form", new RegistrationForm());
		return page(eventId, model);
	}

	@PostMapping("/public/events/{eventId}/register")
	String register(@PathVariable String eventId, @Valid @ModelAttribute("form") RegistrationForm form,
			BindingResult errors, Model model, HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(eventId, model);
		}
		Registration registration;
		try {
			registration = events.register(eventId, form.toApplicant());
		}
		catch (AlreadyRegisteredException registered) {
			errors.rejectValue("email", "registered", registered.getMessage());
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(eventId, model);
		}
		model.addAttribute("event", events.existingEvent(eventId));
		model.addAttribute("registration", registration);
		return "symposium/registered";
	}

	private String page(String eventId, Model model) {
		Event event = events.existingEvent(eventId);
		if (!event.registrationOpen()) {
			throw new EventNotOpenException("この催しの参加申込は締め切りました。");
		}
		model.addAttribute("event", event);
		model.addAttribute("categories", AttendeeCategory.values());
		model.addAttribute("participations", Participation.values());
		return "symposium/register";
	}

}
