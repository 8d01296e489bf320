package jp.tsunagari.caseconference;

import static jp.tsunagari.caseconference.CaseConference.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import jp.tsunagari.directory.OrganisationDirectory;
import jp.tsunagari.referral.CaseAccess;
import jp.tsunagari.system.EngineNode;

/** When the case meeting decides (end of the review task): the lead organisation it chose becomes involved in the case. */
@EngineNode
@Component
class AssignLeadOrganisationListener implements ExecutionListener {

	private final OrganisationDirectory directory;

	private final CaseAccess access;

	AssignLeadOrganisationListener(OrganisationDirectory directory, CaseAccess access) {
		this.directory = directory;
		this.access = access;
	}

	@Override
	public void notify(DelegateExecution execution) {
		if (!"DECIDED".equals(execution.getVariable(REVIEW_OUTCOME))) {
			return;
		}
		Object lead = execution.getVariable(LEAD_ORGANISATION);
		if (!(lead instanceof String group) || !directory.contains(group)) {
			throw new FormFieldValidationException(LEAD_ORGANISATION, "leadOrganisation: no organisation " + lead + " in the directory");
		}
		access.grant(execution, group);
	}

}
