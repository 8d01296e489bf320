package jp.tsunagari.referral;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The audit trail of case data (table TSG_CASE_AUDIT): who read or changed which case, when. Rows are written in
 * the engine's transaction, so a change that rolls back leaves no row and a row never lacks its change.
 */
public interface CaseAudit {

	String SYSTEM = "system";

	void record(String caseNumber, String processInstanceId, String actor, String action, String detail);

	/** The rows of one case, oldest first. */
	List<CaseAuditEntry> entriesOf(String caseNumber);

	/** A row for the case of this execution, by the user the engine acts for (the system for timers and jobs). */
	default void record(DelegateExecution execution, String action, String detail) {
		Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		record(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
				user == null ? SYSTEM : user.getUserId(), action, detail);
	}

}
