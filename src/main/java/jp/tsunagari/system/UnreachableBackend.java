package jp.tsunagari.system;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.json.JsonWriter;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * A failure caused by a database or directory server that cannot be reached (an outage, not the request's fault),
 * told by its cause chain: the pool's connection timeout ({@link SQLTransientConnectionException}), a refused or
 * broken connection ({@link SQLNonTransientConnectionException}, or any {@link SQLException} of SQLState class 08, as
 * the PostgreSQL driver reports it), Spring's {@link DataAccessResourceFailureException} (a connection it could not
 * get), or LDAP's {@link javax.naming.CommunicationException} / {@link javax.naming.ServiceUnavailableException}.
 * Its answer to a REST client is 503 with a Retry-After and a Japanese message in Camunda's error shape; the cause
 * is only logged.
 */
final class UnreachableBackend {

	static final int RETRY_AFTER_SECONDS = 30;

	static final String MESSAGE = "データベースまたはディレクトリに接続できないため、ただいまご利用いただけません。"
			+ "しばらくしてからもう一度お試しください。";

	static final String BODY = JsonWriter.standard()
		.writeToString(Map.of("type", "ServiceUnavailable", "message", MESSAGE));

	private static final Logger LOG = LoggerFactory.getLogger(UnreachableBackend.class);

	private UnreachableBackend() {
	}

	/**
	 * The cause that shows the failure to be an unreachable backend, if it is one. A rollback that failed on the
	 * broken connection hides the original failure behind its own ("Connection is closed", no SQLState): that one is
	 * read too.
	 */
	static Optional<Throwable> causeOf(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Throwable> chains = new ArrayDeque<>(List.of(failure));
		while (!chains.isEmpty()) {
			for (Throwable cause = chains.pop(); cause != null && seen.add(cause); cause = cause.getCause()) {
				if (isConnectionFailure(cause)) {
					return Optional.of(cause);
				}
				if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
					chains.add(rollback.getApplicationException());
				}
			}
		}
		return Optional.empty();
	}

	/** Logs the cause (message only: an outage is expected, its stack is not news). */
	static void log(Throwable cause) {
		LOG.warn("Database or directory unavailable: {}", cause.toString());
	}

	static byte[] bodyBytes() {
		return BODY.getBytes(StandardCharsets.UTF_8);
	}

	private static boolean isConnectionFailure(Throwable cause) {
		return cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
				|| cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
				|| cause instanceof DataAccessResourceFailureException
				|| cause instanceof javax.naming.CommunicationException
				|| cause instanceof javax.naming.ServiceUnavailableException;
	}

}
