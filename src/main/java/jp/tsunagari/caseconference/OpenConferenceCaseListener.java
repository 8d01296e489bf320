package jp.tsunagari.caseconference;

import static jp.tsunagari.caseconference.CaseConference.*;

import java.util.LinkedHashSet;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Component;

import jp.tsunagari.directory.OrganisationDirectory;
import jp.tsunagari.referral.CaseAccess;
import jp.tsunagari.referral.CaseAudit;
import jp.tsunagari.referral.CaseNumbers;
import jp.tsunagari.system.EngineNode;

/**
 * 複合的な課題のケース連絡 (end of the start event): numbers the case (C-YYYY-NNNN) and grants it to the reporting
 * organisation and the secretariat only; the case meeting is granted after the basis check.
 */
@EngineNode
@Component
class OpenConferenceCaseListener implements ExecutionListener {

	private final OrganisationDirectory directory;

	private final CaseNumbers numbers;

	private final CaseAccess access;

	private final CaseAudit audit;

	private final CaseConferenceProperties properties;

	OpenConferenceCaseListener(OrganisationDirectory directory, CaseNumbers numbers, CaseAccess access, CaseAudit audit,
			CaseConferenceProperties properties) {
		this.directory = directory;
		this.numbers = numbers;
		this.access = access;
		this.audit = audit;
		this.properties = properties;
	}

	@Override
	public void notify(DelegateExecution execution) {
		Object reportingGroup = execution.getVariable(REPORTING_GROUP);
		if (!(reportingGroup instanceof String group) || !directory.contains(group)) {
			throw new BadUserRequestException("reportingGroup: no organisation " + reportingGroup + " in the directory");
		}
		int year = ClockUtil.getCurrentTime().toInstant().atZone(properties.zone()).getYear();
		String caseNumber = numbers.next(CASE_NUMBER_PREFIX, year);
		execution.setProcessBusinessKey(caseNumber);
		execution.setVariable(CASE_NUMBER, caseNumber);
		audit.record(execution, "CASE_OPENED", group);
		// the secretariat may report a case itself
		new LinkedHashSet<>(List.of(group, SECRETARIAT_GROUP)).forEach(granted -> access.grant(execution, granted));
	}

}
