package jp.tsunagari.system;

import jakarta.servlet.ServletContext;

import org.camunda.bpm.engine.rest.impl.FetchAndLockContextListener;

import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * Test support, picked up by every whole-application test. Camunda's REST API keeps the handler of long-polling
 * fetch-and-lock requests in a static field: when the first application context of a test JVM closes, the
 * handler stops, and a later context would reuse it stopped, so its workers' long polls would never be answered.
 * Each new context therefore starts with a fresh handler. (One application per JVM, as in production, never
 * meets this.)
 */
@Component
class FetchAndLockHandlerReset implements ServletContextInitializer {

	@Override
	public void onStartup(ServletContext servletContext) {
		StaticHandler.forget();
	}

	/** Reaches the protected static field; not a bean, so it is not registered as a listener itself. */
	private static final class StaticHandler extends FetchAndLockContextListener {

		static void forget() {
			fetchAndLockHandler = null;
		}

	}

}
