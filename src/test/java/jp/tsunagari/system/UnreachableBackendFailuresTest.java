package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** The REST APIs' mappers: an unreachable database or directory is 503; anything else keeps Camunda's answer. */
class UnreachableBackendFailuresTest {

	private final UnreachableBackendEngineFailures engineFailures = new UnreachableBackendEngineFailures();

	private final UnreachableBackendFailures otherFailures = new UnreachableBackendFailures();

	@Test
	void thePoolsConnectionTimeoutUnderTheEngineIs503() {
		assertUnavailable(engineFailures.toResponse(new ProcessEngineException("Could not open connection",
				new PersistenceException(new SQLTransientConnectionException(
						"HikariPool-1 - Connection is not available, request timed out after 5000ms")))));
	}

	@Test
	void aRefusedPostgresConnectionIs503() {
		PSQLException refused = new PSQLException("Connection to localhost:5432 refused.",
				PSQLState.CONNECTION_UNABLE_TO_CONNECT);
		assertUnavailable(engineFailures.toResponse(new ProcessEngineException("select failed", refused)));
		assertUnavailable(engineFailures.toResponse(new ProcessEngineException("broken",
				new SQLException("I/O error", PSQLState.CONNECTION_FAILURE.getState()))));
		assertUnavailable(engineFailures.toResponse(
				new ProcessEngineException("closed", new SQLNonTransientConnectionException("closed"))));
	}

	@Test
	void aRollbackThatFailedOnTheBrokenConnectionIs503ByTheFailureItHides() {
		assertUnavailable(engineFailures.toResponse(brokenRollbackHiding(new ProcessEngineException("select failed",
				new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE)))));
		assertThat(engineFailures.toResponse(brokenRollbackHiding(new ProcessEngineException("not found"))).getStatus())
			.isEqualTo(500);
	}

	/** As Spring's TransactionTemplate reports a rollback that failed after the application's failure. */
	private static ProcessEngineException brokenRollbackHiding(Throwable applicationFailure) {
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollback.initApplicationException(applicationFailure);
		return new ProcessEngineException("An exception occurred in the persistence layer.", rollback);
	}

	@Test
	void aTransactionThatCannotBeginIs503() {
		assertUnavailable(otherFailures.toResponse(new CannotCreateTransactionException("Could not open JDBC Connection",
				new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
						new SQLTransientConnectionException("timed out")))));
	}

	@Test
	void anUnreachableDirectoryServerIs503() {
		javax.naming.CommunicationException ldapDown = new javax.naming.CommunicationException("ldap.city.local:389");
		ldapDown.setRootCause(new java.net.ConnectException("Connection refused"));
		assertUnavailable(engineFailures.toResponse(new IdentityProviderException("Could not query LDAP", ldapDown)));
		assertUnavailable(engineFailures.toResponse(new IdentityProviderException("Could not query LDAP",
				new javax.naming.ServiceUnavailableException("busy"))));
	}

	@Test
	void anyOtherFailureKeepsCamundasAnswer() {
		assertThat(engineFailures.toResponse(new AuthorizationException("sato", "READ", "Task", "1")).getStatus())
			.isEqualTo(403);
		Response duplicate = engineFailures.toResponse(new ProcessEngineException("insert failed",
				new SQLException("duplicate key value violates unique constraint", "23505")));
		assertThat(duplicate.getStatus()).isEqualTo(500);
		assertThat(otherFailures.toResponse(new IllegalStateException("bug")).getStatus()).isEqualTo(500);
	}

	@Test
	void aCauseChainWithALoopEnds() {
		ProcessEngineException first = new ProcessEngineException("first");
		ProcessEngineException second = new ProcessEngineException("second", first);
		first.initCause(second);
		assertThat(engineFailures.toResponse(first).getStatus()).isEqualTo(500);
	}

	private static void assertUnavailable(Response answer) {
		assertThat(answer.getStatus()).isEqualTo(503);
		assertThat(answer.getHeaderString("Retry-After")).isEqualTo("30");
		assertThat(answer.getMediaType().isCompatible(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)).isTrue();
		String body = (String) answer.getEntity();
		assertThat(JsonParserFactory.getJsonParser().parseMap(body))
			.isEqualTo(Map.of("type", "ServiceUnavailable", "message", UnreachableBackend.MESSAGE));
		assertThat(body).doesNotContain("SQL", "Hikari", "Exception", "ldap", "refused");
	}

}
