package jp.tsunagari.caseconference;

import static jp.tsunagari.caseconference.CaseConference.*;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

import jp.tsunagari.directory.OrganisationDirectory;
import jp.tsunagari.referral.CaseAccess;
import jp.tsunagari.system.EngineNode;

/** When the case meeting decides: the lead organisation it chose becomes involved in the case. */
@EngineNode
@Component
class AssignLeadOrganisationListener implements TaskListener {

	private final OrganisationDirectory directory;

	private final CaseAccess access;

	AssignLeadOrganisationListener(OrganisationDirectory directory, CaseAccess access) {
		this.directory = directory;
		this.access = access;
	}

	@Override
	public void notify(DelegateTask task) {
		if (!"DECIDED".equals(task.getVariable(REVIEW_OUTCOME))) {
			return;
		}
		Object lead = task.getVariable(LEAD_ORGANISATION);
		if (!(lead instanceof String group) || !directory.contains(group)) {
			throw new BadUserRequestException("leadOrganisation: no organisation " + lead + " in the directory");
		}
		access.grant(task.getExecution(), group);
	}

}
