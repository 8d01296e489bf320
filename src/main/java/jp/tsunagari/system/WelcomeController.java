package jp.tsunagari.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page (links to Tasklist, Cockpit, Admin and our own pages) and the Japanese login page. */
@EngineNode
@Controller
class WelcomeController {

	@GetMapping("/")
	String welcome() {
		return "welcome";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
