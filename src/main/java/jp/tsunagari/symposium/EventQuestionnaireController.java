package jp.tsunagari.symposium;

import java.security.Principal;

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
 * The public post-event questionnaire (participants after the event; staff entering paper answers use the same
 * page, signed in, without an address). One submitted form is one stored answer; the report counts them. An
 * attendee gives the address they registered with and answers once (a second answer: 409). Closed when the report
 * is compiled.
 */
@EngineNode
@Controller
class EventQuestionnaireController {

	private final EventRegistrations events;

	private final QuestionnaireAnswers answers;

	EventQuestionnaireController(EventRegistrations events, QuestionnaireAnswers answers) {
		this.events = events;
		this.answers = answers;
	}

	@GetMapping("/public/events/{eventId}/questionnaire")
	String form(@PathVariable String eventId, Model model, Principal staff) {
		model.addAttribute("form", new QuestionnaireForm());
		return page(eventId, model, staff);
	}

	@PostMapping("/public/events/{eventId}/questionnaire")
	String submit(@PathVariable String eventId, @Valid @ModelAttribute("form") QuestionnaireForm form,
			BindingResult errors, Model model, HttpServletResponse response, Principal staff) {
		if (form.attendeeEmail() == null && staff == null) {
			errors.rejectValue("email", "required", "「申込時のメールアドレス」を入力してください。");
		}
		if (!errors.hasErrors()) {
			try {
				answers.submit(eventId, form.attendeeEmail(), form.toAnswer());
				model.addAttribute("event", events.existingEvent(eventId));
				return "symposium/answered";
			}
			catch (UnknownRespondentException unknown) {
				errors.rejectValue("email", "unknown", unknown.getMessage());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return page(eventId, model, staff);
	}

	private String page(String eventId, Model model, Principal staff) {
		Event event = events.existingEvent(eventId);
		if (!event.questionnaireOpen()) {
			throw new EventNotOpenException("この催しのアンケートは締め切りました。");
		}
		model.addAttribute("event", event);
		model.addAttribute("paperEntry", staff != null);
		model.addAttribute("categories", AttendeeCategory.values());
		model.addAttribute("understandings", QuestionnaireAnswer.Understanding.values());
		model.addAttribute("interests", QuestionnaireAnswer.PfInterest.values());
		model.addAttribute("satisfactions", QuestionnaireAnswer.Satisfaction.values());
		return "symposium/questionnaire";
	}

}
