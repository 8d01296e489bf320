package jp.tsunagari.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/** 参画候補・案内先の登録: flags candidate members and information requests for the platform processes. */
@EngineNode
@Component
class RegisterContactsDelegate implements JavaDelegate {

	private final SurveyResults results;

	RegisterContactsDelegate(SurveyResults results) {
		this.results = results;
	}

	@Override
	public void execute(DelegateExecution execution) {
		SurveyResults.Flags flags = results.flagContacts((String) execution.getVariable(SurveyRollout.SURVEY_ID));
		execution.setVariable(SurveyRollout.CANDIDATE_MEMBER_COUNT, flags.candidateMembers());
		execution.setVariable(SurveyRollout.INFORMATION_REQUEST_COUNT, flags.wantingInformation());
	}

}
