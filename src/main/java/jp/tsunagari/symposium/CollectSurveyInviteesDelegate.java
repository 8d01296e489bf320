package jp.tsunagari.symposium;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.tsunagari.system.EngineNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** 情報提供希望団体の抽出: the invitees from {@link EventInvitees} as surveyInvitees, their count and a list to read. */
@EngineNode
@Component
class CollectSurveyInviteesDelegate implements JavaDelegate {

	private final EventInvitees invitees;

	CollectSurveyInviteesDelegate(EventInvitees invitees) {
		this.invitees = invitees;
	}

	@Override
	public void execute(DelegateExecution execution) {
		List<EventInvitees.Invitee> organisations = invitees.organisationsWantingInformation();
		List<Map<String, Object>> variable = organisations.stream().map(invitee -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("organisationName", invitee.organisationName());
			entry.put("contact", invitee.contact());
			return entry;
		}).toList();
		execution.setVariable(SymposiumPlanning.SURVEY_INVITEES, variable);
		execution.setVariable(SymposiumPlanning.SURVEY_INVITEE_COUNT, organisations.size());
		execution.setVariable(SymposiumPlanning.SURVEY_INVITEE_LIST, organisations.isEmpty() ? "（該当する団体はありません）"
				: organisations.stream()
					.map(invitee -> "- " + invitee.organisationName() + "（" + invitee.contact() + "）")
					.collect(Collectors.joining("\n")));
	}

}
