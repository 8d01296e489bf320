package jp.tsunagari.system;

import org.camunda.bpm.engine.ProcessEngine;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page and the Japanese login page. The start page links to the webapps the user may open (Camunda's
 * application grants) and to our pages the user may open (their {@link PageAccess} rules, asked in the template).
 */
@EngineNode
@Controller
class WelcomeController {

	private final WebappAccess webapps;

	WelcomeController(ProcessEngine engine) {
		this.webapps = new WebappAccess(engine);
	}

	@GetMapping("/")
	String welcome(Authentication user, Model model) {
		model.addAttribute("webapps", webapps.openTo(user));
		return "welcome";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
