package jp.tsunagari.system;

import java.util.Optional;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The JAX-RS answer of Camunda's REST APIs to a failure of an unreachable backend: 503, Japanese, Retry-After. */
final class UnreachableBackendResponses {

	private UnreachableBackendResponses() {
	}

	static Optional<Response> of(Throwable failure) {
		return UnreachableBackend.causeOf(failure).map(cause -> {
			UnreachableBackend.log(cause);
			return Response.status(Response.Status.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, UnreachableBackend.RETRY_AFTER_SECONDS)
				.type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
				.entity(UnreachableBackend.BODY)
				.build();
		});
	}

}
