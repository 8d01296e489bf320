package jp.tsunagari.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.rest.exception.ExceptionHandler;

/**
 * Camunda's mapping of any other exception (such as Spring's, when a transaction cannot begin), except that a
 * database or directory that cannot be reached is 503 rather than 500. Outranks Camunda's mapper by priority.
 */
@Priority(Priorities.USER - 100)
public class UnreachableBackendFailures extends ExceptionHandler {

	@Override
	public Response toResponse(Throwable failure) {
		return UnreachableBackendResponses.of(failure).orElseGet(() -> super.toResponse(failure));
	}

}
