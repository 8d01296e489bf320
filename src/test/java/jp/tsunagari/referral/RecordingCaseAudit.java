package jp.tsunagari.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit trail of the process tests, in memory (the JDBC trail is checked in ReferralPrivacyIT). */
public class RecordingCaseAudit implements CaseAudit {

	private final List<CaseAuditEntry> entries = new ArrayList<>();

	@Override
	public void record(String caseNumber, String processInstanceId, String actor, String action, String detail) {
		entries.add(new CaseAuditEntry(Instant.now(), caseNumber, processInstanceId, actor, action, detail));
	}

	@Override
	public List<CaseAuditEntry> entriesOf(String caseNumber) {
		return entries.stream().filter(entry -> caseNumber.equals(entry.caseNumber())).toList();
	}

	/** Numbers cases 0001, 0002 … per prefix and year, as the table does. */
	public static CaseNumbers counter() {
		java.util.Map<String, Integer> last = new java.util.HashMap<>();
		return (prefix, year) -> CaseNumbers.format(prefix, year, last.merge(prefix + year, 1, Integer::sum));
	}

}
