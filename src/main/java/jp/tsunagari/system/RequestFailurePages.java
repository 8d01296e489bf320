package jp.tsunagari.system;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedRuntimeException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/**
 * Failures of our pages that are not the application's fault, answered as the Japanese error page with the right
 * status instead of a 500: a form posted without its file (400, naming the field) and a database that cannot be
 * reached (503, at once: the pool gives up after {@code spring.datasource.hikari.connection-timeout}). Any other
 * engine failure is rethrown unchanged, so Spring's own resolution (a feature's 4xx, else 500) goes on.
 */
@ControllerAdvice
class RequestFailurePages {

	private static final Logger LOG = LoggerFactory.getLogger(RequestFailurePages.class);

	@ExceptionHandler(MultipartException.class)
	String fileMissing(MultipartException missing, Model model, HttpServletResponse response) {
		return page(HttpStatus.BAD_REQUEST, "送信するファイル（file）を選んでください。", model, response);
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	String databaseUnavailable(NestedRuntimeException failure, Model model,
			HttpServletResponse response) {
		LOG.warn("Database unavailable: {}", failure.getMessage());
		return page(HttpStatus.SERVICE_UNAVAILABLE, null, model, response);
	}

	/**
	 * The engine reports a lost database (or directory server) as one of its own exceptions, with the connection
	 * failure as a cause.
	 */
	@ExceptionHandler(ProcessEngineException.class)
	String engineWithoutDatabase(ProcessEngineException failure, Model model, HttpServletResponse response) {
		Throwable cause = UnreachableBackend.causeOf(failure).orElseThrow(() -> failure);
		UnreachableBackend.log(cause);
		return page(HttpStatus.SERVICE_UNAVAILABLE, null, model, response);
	}

	private static String page(HttpStatus status, String message, Model model, HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("message", message);
		return "error";
	}

}
