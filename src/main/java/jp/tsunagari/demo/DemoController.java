package jp.tsunagari.demo;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jp.tsunagari.symposium.OpenEvents;
import jp.tsunagari.system.EngineNode;

/**
 * デモの案内: where a newcomer finds the citizens' side of the demo, the personal survey links (from the caught mail)
 * and the open event registrations, and two fixed addresses the README links to, which lead to the newest of each.
 */
@Controller
// one @Profile: Spring ORs the values of several (a meta-annotated @EngineNode would let it run everywhere)
@Profile("demo & !" + EngineNode.WORKER_PROFILE)
class DemoController {

	private final ObjectProvider<CaughtMail> caught;

	private final OpenEvents events;

	DemoController(ObjectProvider<CaughtMail> caught, OpenEvents events) {
		this.caught = caught;
		this.events = events;
	}

	@GetMapping("/demo")
	String guide(Model model) {
		CaughtMail mail = caught.getIfAvailable();
		model.addAttribute("mailCatcher", mail != null);
		model.addAttribute("responseLinks", responseLinks());
		model.addAttribute("events", events.openForRegistration());
		return "demo/guide";
	}

	/** The newest personal survey link, or the guide (which says how to send one) while there is none. */
	@GetMapping("/demo/survey")
	String newestResponsePage() {
		return responseLinks().stream().findFirst().map(link -> "redirect:" + link.path()).orElse("redirect:/demo");
	}

	/** The registration page of the next open event, or the guide while there is none. */
	@GetMapping("/demo/event")
	String nextRegistrationPage() {
		return events.openForRegistration().stream().findFirst().map(event -> "redirect:" + event.registrationPath())
			.orElse("redirect:/demo");
	}

	private List<ResponseLinks.ResponseLink> responseLinks() {
		CaughtMail mail = caught.getIfAvailable();
		return mail == null ? List.of() : ResponseLinks.in(mail.newestFirst());
	}

}
