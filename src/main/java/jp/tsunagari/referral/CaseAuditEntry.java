package jp.tsunagari.referral;

import java.time.Instant;

/** One row of the case audit trail. */
public record CaseAuditEntry(Instant at, String caseNumber, String processInstanceId, String actor, String action,
		String detail) {
}
