package jp.tsunagari.symposium;

import jakarta.servlet.http.HttpServletResponse;

import jp.tsunagari.system.EngineNode;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The event pages answer an unknown event with 404, a closed one and a second questionnaire answer with 409, each
 * as a Japanese page.
 */
@EngineNode
@ControllerAdvice(assignableTypes = { EventRegistrationController.class, EventQuestionnaireController.class,
		EventStaffController.class })
class EventPagesAdvice {

	@ExceptionHandler(EventNotOpenException.class)
	String closed(EventNotOpenException closed, Model model, HttpServletResponse response) {
		return page(HttpStatus.CONFLICT, "受付を終了しています", closed.getMessage(), model, response);
	}

	@ExceptionHandler(AlreadyAnsweredException.class)
	String answered(AlreadyAnsweredException answered, Model model, HttpServletResponse response) {
		return page(HttpStatus.CONFLICT, "回答済みです", answered.getMessage(), model, response);
	}

	@ExceptionHandler(UnknownEventException.class)
	String unknown(Model model, HttpServletResponse response) {
		return page(HttpStatus.NOT_FOUND, "催しが見つかりません", "アドレスをご確認ください。", model, response);
	}

	private static String page(HttpStatus status, String title, String message, Model model,
			HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("title", title);
		model.addAttribute("message", message);
		return "symposium/closed";
	}

}
