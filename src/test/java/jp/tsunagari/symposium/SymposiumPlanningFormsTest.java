package jp.tsunagari.symposium;

import static jp.tsunagari.symposium.SymposiumPlanning.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import jp.tsunagari.procurement.FormContract;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The contract between processes/symposium-planning.bpmn and its forms, read from the deployed files. */
class SymposiumPlanningFormsTest {

	private final FormContract contract = new FormContract("processes/symposium-planning.bpmn");

	@Test
	void theSpeakersAnswerIsAFieldOfTheInvitationForm() {
		assertThat(contract.userDecisions()).extracting(BaseElement::getId).containsExactly("Gateway_SpeakerAccepted");
		for (ExclusiveGateway gateway : contract.userDecisions()) {
			for (UserTask task : contract.before(gateway)) {
				assertThat(FormContract.requiredKeys(task.getCamundaFormRef()))
					.containsAll(contract.variablesReadBy(gateway));
			}
		}
	}

	@Test
	void thePlanSetsWhatTheScheduleAndTheDelegatesRead() {
		StartEvent start = contract.model().getModelElementById(START_EVENT);
		assertThat(FormContract.requiredKeys(start.getCamundaFormRef())).contains(EVENT_TITLE, THEME, EVENT_DATE,
				EVENT_CONTRACT_BUDGET_YEN);
		assertThat(FormContract.editableKeys(start.getCamundaFormRef())).contains(DECORATION_CONTRACT_BUDGET_YEN);
		assertThat(FormContract.requiredKeys("symposium-planning.book-venue")).contains(CAPACITY);
		assertThat(FormContract.requiredKeys("symposium-planning.draft-programme")).contains(SPEAKER_CANDIDATES);
		assertThat(FormContract.requiredKeys("symposium-planning.find-alternative-speaker")).contains(CANDIDATE_NAME);
		assertThat(FormContract.editableKeys("symposium-planning.find-alternative-speaker")).contains(CANDIDATE_NAME,
				CANDIDATE_AFFILIATION);
		assertThat(FormContract.requiredKeys("symposium-planning.publicity-channel")).contains(CHANNEL_CARRIED_OUT,
				CHANNEL_NOTE);
		Set<String> dueDates = new HashSet<>();
		contract.model().getModelElementsByType(UserTask.class)
			.forEach(task -> dueDates.addAll(FormContract.variablesIn(task.getCamundaDueDate())));
		assertThat(dueDates).containsExactlyInAnyOrder(VENUE_DUE_DATE, SPEAKERS_DUE_DATE, PUBLICITY_DUE_DATE,
				EVENT_DATE, REPORT_DUE_DATE);
	}

	@Test
	void templatesNameOnlyVariablesThatExistWhenTheFormOpens() {
		Set<String> known = Set.of(EVENT_TITLE, EVENT_DATE, THEME, SPEAKER_ROLE, CANDIDATE_NAME, CANDIDATE_AFFILIATION,
				DECLINE_REASON, REGISTRATION_PATH, SURVEY_INVITEE_COUNT, SURVEY_INVITEE_LIST, EVENT_ID, EVENT_REPORT);
		for (UserTask task : contract.model().getModelElementsByType(UserTask.class)) {
			assertThat(known).as("variables named in the form of %s", task.getId())
				.containsAll(FormContract.templateVariables(task.getCamundaFormRef()));
		}
	}

}
