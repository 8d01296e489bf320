package jp.tsunagari.system;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * What our pages say when they refuse a request: the reason a feature gives for a client error (a 4xx
 * {@link ResponseStatusException}, written for staff in Japanese: 「調査依頼を送付済みのため、宛先は追加できません。」)
 * goes into the error page and the JSON error body. Other errors keep Boot's default and show no exception message,
 * which may hold internals.
 */
@Component
class ClientErrorMessages extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		if (getError(request) instanceof ResponseStatusException refusal && refusal.getStatusCode().is4xxClientError()
				&& refusal.getReason() != null) {
			return super.getErrorAttributes(request, options.including(ErrorAttributeOptions.Include.MESSAGE));
		}
		return super.getErrorAttributes(request, options);
	}

}
