package jp.tsunagari.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jp.tsunagari.system.EngineNode;

/**
 * Whether the demo data is there. The server answers while the demo runners still seed (the first start takes a
 * minute or more), so the start page says 準備中 until Spring Boot reports the application ready, which it does
 * after every runner, and the log says once, in one line, where to sign in.
 */
@ControllerAdvice
// one @Profile: Spring ORs the values of several (a meta-annotated @EngineNode would let it run everywhere)
@Profile("demo & !" + EngineNode.WORKER_PROFILE)
class DemoReadiness {

	private static final String READY_LINE = "つながり demo ready: sign in at {} (sato/sato: survey, suzuki/suzuki: "
			+ "self-evaluation, kato/kato: progress, yoshida/yoshida: analytics; mail and links: {}/demo)";

	private static final Logger log = LoggerFactory.getLogger(DemoReadiness.class);

	private volatile boolean ready;

	@EventListener(ApplicationReadyEvent.class)
	void ready(ApplicationReadyEvent event) {
		ready = true;
		String base = "http://localhost:" + event.getApplicationContext().getEnvironment()
			.getProperty("local.server.port", "8080");
		log.info(READY_LINE, base, base);
	}

	/** For the banner of the start page: absent outside the demo, false while seeding, true once ready. */
	@ModelAttribute
	void demoStatus(Model model) {
		model.addAttribute("demoReady", ready);
	}

}
