package jp.tsunagari.demo;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** デモのメール: the mails the demo caught, for any signed-in user, so the personal links in them can be opened. */
@DemoMailCatcher
@Controller
class DemoMailController {

	private final CaughtMail caught;

	DemoMailController(CaughtMail caught) {
		this.caught = caught;
	}

	@GetMapping("/demo/mail")
	String list(Model model) {
		model.addAttribute("messages", caught.newestFirst());
		return "demo/mail-list";
	}

	@GetMapping("/demo/mail/{id}")
	String message(@PathVariable long id, Model model) {
		model.addAttribute("message", caught.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "このメールは見つかりません。")));
		return "demo/mail";
	}

}
