package jp.tsunagari.caseconference;

import static jp.tsunagari.caseconference.CaseConference.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import jp.tsunagari.directory.OrganisationDirectory;
import jp.tsunagari.referral.CaseOpening;
import jp.tsunagari.system.EngineNode;

/**
 * 複合的な課題のケース連絡 (end of the start event): numbers the case (C-YYYY-NNNN) and grants it to the reporting
 * organisation and the secretariat only; the case meeting is granted after the basis check.
 */
@EngineNode
@Component
class OpenConferenceCaseListener implements ExecutionListener {

	private final OrganisationDirectory directory;

	private final CaseOpening opening;

	private final CaseConferenceProperties properties;

	OpenConferenceCaseListener(OrganisationDirectory directory, CaseOpening opening,
			CaseConferenceProperties properties) {
		this.directory = directory;
		this.opening = opening;
		this.properties = properties;
	}

	@Override
	public void notify(DelegateExecution execution) {
		Object reportingGroup = execution.getVariable(REPORTING_GROUP);
		if (!(reportingGroup instanceof String group) || !directory.contains(group)) {
			throw new FormFieldValidationException(REPORTING_GROUP, "reportingGroup: no organisation " + reportingGroup + " in the directory");
		}
		// the secretariat may report a case itself: the opening grants each group once
		opening.open(execution, CASE_NUMBER_PREFIX, properties.zone(), group, List.of(group, SECRETARIAT_GROUP));
	}

}
