package jp.tsunagari.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * Camunda's mapping of the engine's exceptions, except that a database or directory that cannot be reached is 503
 * rather than 500. Registered beside Camunda's own mapper of the same type, which it outranks by priority.
 */
@Priority(Priorities.USER - 100)
public class UnreachableBackendEngineFailures extends ProcessEngineExceptionHandler {

	@Override
	public Response toResponse(ProcessEngineException failure) {
		return UnreachableBackendResponses.of(failure).orElseGet(() -> super.toResponse(failure));
	}

}
