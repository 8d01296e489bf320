package jp.tsunagari.referral;

import static jp.tsunagari.referral.NabariReferral.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Counts only means counts only: a manager (kato) and an analyst (yoshida) read the referral cases as counts on our
 * page, and nothing of a case through the REST API: neither the case's variables nor the area-director meeting's
 * agenda, which names the case (case number, district, fields, the referral's instance id).
 */
class CountsOnlyIT extends CasePrivacyCheck {

	private static final List<String> LISTS = List.of("/variable-instance", "/process-instance",
			"/history/process-instance", "/execution", "/task", "/history/task", "/history/activity-instance", "/job",
			"/history/job-log", "/history/identity-link-log", "/history/user-operation", "/event-subscription",
			"/variable-instance?variableName=" + AGENDA, "/history/process-instance?processDefinitionKey="
					+ MEETING_PROCESS_KEY);

	@Test
	void managersAndAnalystsReadNoCaseThroughTheRestApiOnlyCountsOnOurPage() {
		ReferralDriver driver = new ReferralDriver(engine);
		ProcessInstance referral = as("kimura", () -> driver.report("03", "WELFARE_COMMISSIONER"));
		as("ito", () -> driver.intake(referral, "ESCALATE", CONSENT_GIVEN, "SCHOOL"));
		ProcessInstance meeting = driver
			.meeting((String) engine.getRuntimeService().getVariable(referral.getId(), MEETING_KEY));
		Job meetingDay = engine.getManagementService().createJobQuery().processInstanceId(meeting.getId()).singleResult();
		engine.getManagementService().executeJob(meetingDay.getId());
		Task holdMeeting = engine.getTaskService().createTaskQuery().processInstanceId(meeting.getId()).singleResult();
		List<String> caseLevel = List.of(referral.getBusinessKey(), referral.getId(), meeting.getId());
		List<String> lists = new ArrayList<>(LISTS);
		for (String instance : List.of(referral.getId(), meeting.getId())) {
			lists.addAll(List.of("/history/variable-instance?processInstanceId=" + instance,
					"/history/detail?processInstanceId=" + instance));
		}

		for (String user : List.of("kato", "yoshida")) {
			TestRestTemplate client = rest.withBasicAuth(user, user);
			for (String list : lists) {
				ResponseEntity<String> answer = client.getForEntity("/engine-rest" + list
						+ (list.contains("?") ? "&" : "?") + "maxResults=100", String.class);
				assertThat(answer.getStatusCode()).as(user + " " + list).isEqualTo(HttpStatus.OK);
				assertThat(answer.getBody()).as(user + " " + list).doesNotContain(caseLevel);
			}
			for (String byId : List.of("/process-instance/" + meeting.getId() + "/variables",
					"/task/" + holdMeeting.getId() + "/variables", "/task/" + holdMeeting.getId() + "/form-variables",
					"/execution/" + meeting.getId() + "/localVariables")) {
				ResponseEntity<String> answer = client.getForEntity("/engine-rest" + byId, String.class);
				assertThat(answer.getStatusCode().is2xxSuccessful()).as(user + " " + byId).isFalse();
				// the refusal names the instance asked for, nothing of the case
				assertThat(answer.getBody()).as(user + " " + byId).doesNotContain(referral.getBusinessKey(),
						referral.getId());
			}
		}
		// the 地域包括支援センター holds the meeting: its task shows the agenda
		assertThat(as("watanabe", () -> engine.getTaskService().getVariable(holdMeeting.getId(), AGENDA_SUMMARY)))
			.asString().contains(referral.getBusinessKey());
		ResponseEntity<String> counts = rest.withBasicAuth("kato", "kato").getForEntity("/referral/progress",
				String.class);
		assertThat(counts.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(counts.getBody()).contains("第03地区", "会議待ち・決定").doesNotContain(caseLevel);
	}

}
