package jp.tsunagari.analytics;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A report asked for with a parameter out of range; the message names the parameter. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class InvalidAnalyticsRequestException extends RuntimeException {

	InvalidAnalyticsRequestException(String message) {
		super(message);
	}

}
