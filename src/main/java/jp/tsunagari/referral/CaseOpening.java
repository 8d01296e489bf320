package jp.tsunagari.referral;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * Opens a case: the next number of the year (e.g. R-2026-0001) becomes its business key and its variable
 * {@code caseNumber}, the opening is audited, and the first groups are granted the case.
 */
@EngineNode
@Component
public class CaseOpening {

	public static final String CASE_NUMBER = "caseNumber";

	private final CaseNumbers numbers;

	private final CaseAccess access;

	private final CaseAudit audit;

	public CaseOpening(CaseNumbers numbers, CaseAccess access, CaseAudit audit) {
		this.numbers = numbers;
		this.access = access;
		this.audit = audit;
	}

	public String open(DelegateExecution execution, String prefix, ZoneId zone, String detail, List<String> groups) {
		int year = ClockUtil.getCurrentTime().toInstant().atZone(zone).getYear();
		String caseNumber = numbers.next(prefix, year);
		execution.setProcessBusinessKey(caseNumber);
		execution.setVariable(CASE_NUMBER, caseNumber);
		audit.record(execution, "CASE_OPENED", detail);
		// the same group twice in one transaction would violate the authorization table's unique index
		new LinkedHashSet<>(groups).forEach(group -> access.grant(execution, group));
		return caseNumber;
	}

}
