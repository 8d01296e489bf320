package jp.tsunagari.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The REST APIs' answer to an unreachable backend before a request reaches Camunda: signing in with Basic
 * authentication asks the database (or the directory server) for the password, and its failure leaves Spring
 * Security as an exception that would become a 500. Inside Camunda's resources {@link UnreachableBackendMappers}
 * answer.
 */
class UnreachableBackendRequests extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException | IOException failure) {
			if (response.isCommitted() || UnreachableBackend.causeOf(failure).isEmpty()) {
				throw failure;
			}
			UnreachableBackend.log(UnreachableBackend.causeOf(failure).get());
			response.resetBuffer();
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(UnreachableBackend.RETRY_AFTER_SECONDS));
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getOutputStream().write(UnreachableBackend.bodyBytes());
		}
	}

}
