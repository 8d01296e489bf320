package jp.tsunagari.forms;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * A refused form is the client's mistake, whichever endpoint carried it: Camunda's REST API answers
 * {@code process-definition/…/start} (unlike {@code submit-form}) with 500 for every engine exception, so a
 * {@link FormFieldValidationException} there becomes 400, with Camunda's usual error body. Everything else keeps
 * Camunda's answer. Ahead of Camunda's own mapper of the same type by its priority.
 */
@Provider
@Priority(Priorities.USER - 1)
class FormRefusalResponses implements ExceptionMapper<RestException> {

	@Override
	public Response toResponse(RestException exception) {
		if (exception.getCause() instanceof FormFieldValidationException refusal) {
			return ExceptionHandlerHelper.getInstance()
				.getResponse(new RestException(Response.Status.BAD_REQUEST, refusal, exception.getMessage()));
		}
		return ExceptionHandlerHelper.getInstance().getResponse(exception);
	}

}
