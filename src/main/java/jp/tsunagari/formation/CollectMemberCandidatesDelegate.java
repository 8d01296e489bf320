package jp.tsunagari.formation;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import jp.tsunagari.survey.SurveyContact;
import jp.tsunagari.survey.SurveyContacts;
import jp.tsunagari.system.EngineNode;

/** 参画候補の取りまとめ: memberCandidates (organisation names) for the invitations of this round (MemberCandidates). */
@EngineNode
@Component
class CollectMemberCandidatesDelegate implements JavaDelegate {

	private final SurveyContacts contacts;

	CollectMemberCandidatesDelegate(SurveyContacts contacts) {
		this.contacts = contacts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		List<String> fromSurveys = contacts.candidateMembers().stream().map(SurveyContact::organisationName).toList();
		List<String> candidates = MemberCandidates.of(fromSurveys,
				(String) execution.getVariable(PlatformFormation.REFERRED_ORGANISATIONS),
				RecordMembershipListener.memberNames(execution));
		execution.setVariable(PlatformFormation.MEMBER_CANDIDATES, new ArrayList<>(candidates));
		execution.setVariable(PlatformFormation.MEMBER_CANDIDATE_COUNT, candidates.size());
	}

}
