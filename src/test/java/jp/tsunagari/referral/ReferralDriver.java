package jp.tsunagari.referral;

import static jp.tsunagari.referral.NabariReferral.*;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/** Drives referrals as Tasklist does: the same form fields, through the FormService. */
public class ReferralDriver {

	private final ProcessEngine engine;

	public ReferralDriver(ProcessEngine engine) {
		this.engine = engine;
	}

	public ProcessInstance report(String district, String reporterType) {
		String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
			.processDefinitionKey(PROCESS_KEY).latestVersion().singleResult().getId();
		return engine.getFormService().submitStartForm(definitionId, Variables.createVariables()
			.putValue(DISTRICT, district)
			.putValue(REPORTER_TYPE, reporterType)
			.putValue(REPORTER_NAME, "鈴木 一郎")
			.putValue(REPORTER_CONTACT, "0595-00-0000")
			.putValue(PERSON_NAME, "名張 花子")
			.putValue(PERSON_ADDRESS, "名張市")
			.putValue(PERSON_AGE_GROUP, "SENIOR")
			.putValue(CONCERN, "新聞がたまっている")
			.putValue(NOTICED_ON, "2026-11-20"));
	}

	public Task task(ProcessInstance instance) {
		return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	public void intake(ProcessInstance referral, String resolution, String consent, String... needs) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < needs.length; i++) {
			json.append(i == 0 ? "" : ",").append('"').append(needs[i]).append('"');
		}
		submit(referral, Variables.createVariables()
			.putValue(ASSESSMENT, "一人暮らしで外出が減っている")
			.putValue(NEEDS, SpinValues.jsonValue(json.append(']').toString()).create())
			.putValue(CONSENT, consent)
			.putValue(LEGAL_BASIS, CONSENT_LEGAL_BASIS.equals(consent) ? "社会福祉法第106条の6" : null)
			.putValue(CONSENT_RECORDED_ON, "2026-11-24")
			.putValue(RESOLUTION, resolution));
	}

	public void completeLocalSupport(ProcessInstance referral) {
		submit(referral, Variables.createVariables()
			.putValue(LOCAL_CONNECTIONS, SpinValues.jsonValue("[\"SALON\"]").create())
			.putValue(LOCAL_SUPPORT_NOTES, "サロンを紹介"));
	}

	public Job followUpTimer(ProcessInstance referral) {
		return engine.getManagementService().createJobQuery().processInstanceId(referral.getId()).timers().singleResult();
	}

	/** Lets the follow-up timer fire, then records the follow-up. */
	public void followUp(ProcessInstance referral, String caseStatus) {
		engine.getManagementService().executeJob(followUpTimer(referral).getId());
		submit(referral, Variables.createVariables()
			.putValue(FOLLOW_UP_NOTES, "訪問して様子を確認")
			.putValue(CASE_STATUS, caseStatus)
			.putValue(FEEDBACK_MESSAGE, "CLOSE".equals(caseStatus) ? "ご連絡ありがとうございました。支援につながりました。" : null));
	}

	public ProcessInstance meeting(String meetingKey) {
		return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MEETING_PROCESS_KEY)
			.processInstanceBusinessKey(meetingKey).singleResult();
	}

	/** The meeting day comes (timer) and the secretariat records the meeting held. */
	public void holdMeeting(ProcessInstance meeting) {
		Job day = engine.getManagementService().createJobQuery().processInstanceId(meeting.getId()).singleResult();
		engine.getManagementService().executeJob(day.getId());
		submit(meeting, Map.of("heldOn", "2026-12-08", "attendingOrganisations", "5分野、社会福祉協議会", "meetingNote", ""));
	}

	public void defer(ProcessInstance referral) {
		submit(referral, Map.of(MEETING_OUTCOME, "DEFERRED", DECISION_NOTE, "学校の意見を聞いてから"));
	}

	public void agreePlan(ProcessInstance referral, String leadField) {
		submit(referral, Map.of(MEETING_OUTCOME, "PLAN_AGREED", LEAD_FIELD, leadField, PARTNER_ORGANISATIONS,
				"社会福祉協議会", SUPPORT_PLAN, "週1回の訪問と居場所への参加"));
	}

	private void submit(ProcessInstance instance, Map<String, Object> variables) {
		engine.getFormService().submitTaskForm(task(instance).getId(), variables);
	}

}
