package jp.tsunagari.survey;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jp.tsunagari.system.EngineNode;

/**
 * The public response page behind each personal link (no login; CSRF token in the form; rate limit and size limit
 * in {@code system.PublicPageGuard}). Refusals get a clear page and an HTTP status a machine can read too.
 */
@EngineNode
@Controller
class PublicSurveyController {

	private static final Map<PublicResponses.Outcome, HttpStatus> STATUS = Map.of(PublicResponses.Outcome.INVALID,
			HttpStatus.UNPROCESSABLE_ENTITY, PublicResponses.Outcome.UNKNOWN_LINK, HttpStatus.NOT_FOUND,
			PublicResponses.Outcome.CLOSED, HttpStatus.GONE, PublicResponses.Outcome.ALREADY_ANSWERED,
			HttpStatus.CONFLICT);

	private final PublicResponses responses;

	PublicSurveyController(PublicResponses responses) {
		this.responses = responses;
	}

	@GetMapping("/public/survey/{token}")
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		return render(token, responses.show(token), model, response);
	}

	@PostMapping("/public/survey/{token}")
	String submit(@PathVariable String token, HttpServletRequest request, Model model, HttpServletResponse response) {
		return render(token, responses.submit(token, request.getParameterMap()), model, response);
	}

	private static String render(String token, PublicResponses.Page page, Model model, HttpServletResponse response) {
		response.setStatus(STATUS.getOrDefault(page.outcome(), HttpStatus.OK).value());
		// a personal link must not end up in a shared cache or in the referrer of a linked page
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		model.addAttribute("page", page);
		model.addAttribute("token", token);
		return switch (page.outcome()) {
			case FORM, INVALID -> "survey/answer";
			case STORED -> "survey/thanks";
			default -> "survey/unavailable";
		};
	}

}
