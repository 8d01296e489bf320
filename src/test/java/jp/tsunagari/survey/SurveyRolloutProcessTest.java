package jp.tsunagari.survey;

import static jp.tsunagari.survey.SurveyRollout.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jp.tsunagari.procurement.ProcurementTestSupport;
import jp.tsunagari.procurement.TrialProjectProcurement;

import jp.tsunagari.system.TasklistTitles;

/**
 * The survey-rollout model on an in-memory engine, driven as Tasklist, the workers and the public page drive it:
 * forms through the FormService, external tasks completed with what {@link SurveyDispatch} did (real mails to
 * GreenMail), responses stored and correlated, timers fired. Run the class as a whole: the coverage extension
 * asserts that every flow node and sequence flow is taken.
 */
@Deployment(resources = { "processes/survey-rollout.bpmn", "processes/trial-project-procurement.bpmn",
		"processes/procurement-method.dmn", "forms/survey-rollout.survey-started.form",
		"forms/survey-rollout.draft-plan.form", "forms/survey-rollout.pre-hearing.form",
		"forms/survey-rollout.import-recipients.form", "forms/survey-rollout.internal-inquiry.form",
		"forms/survey-rollout.approve-survey.form", "forms/survey-rollout.review-results.form",
		"forms/trial-project-procurement.conclude-contract.form",
		"forms/trial-project-procurement.confirm-budget.form",
		"forms/trial-project-procurement.draft-specification.form",
		"forms/trial-project-procurement.hold-kick-off.form",
		"forms/trial-project-procurement.hold-progress-meeting.form",
		"forms/trial-project-procurement.inspect-deliverables.form",
		"forms/trial-project-procurement.plan-project.form",
		"forms/trial-project-procurement.project-proposed.form", "forms/trial-project-procurement.select-contractor.form",
		"forms/trial-project-procurement.settle.form", "forms/trial-project-procurement.submit-deliverables.form",
		"forms/trial-project-procurement.verify-effect.form" })
class SurveyRolloutProcessTest {

	/** The called procurement model runs here too; its own test class covers its paths. */
	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test.cfg.xml")
		.excludeProcessDefinitionKeys(TrialProjectProcurement.PROCESS_KEY)
		.assertClassCoverageAtLeast(1.0)
		.build();

	@RegisterExtension
	static GreenMailExtension greenMail = TestMailServer.onFreePort();

	private static final String WORKER = "test-worker";

	/** 2023-12-01 in Tokyo: the plan of a survey with the Sendai window ahead. */
	private final Clock clock = Clock.fixed(Instant.parse("2023-12-01T00:00:00Z"), ZoneId.of("Asia/Tokyo"));

	private SurveyStoreFixture store;

	private SurveyDispatch dispatch;

	private ProcessEngine engine;

	@BeforeEach
	void registerDelegates(ProcessEngine engine) {
		this.engine = engine;
		// the engine's timers and the delegates' clock agree on the planning day
		ClockUtil.setCurrentTime(Date.from(clock.instant()));
		store = new SurveyStoreFixture(clock);
		dispatch = store.dispatch(TestMailServer.senderTo(greenMail));
		Mocks.register("registerSurveyListener", new RegisterSurveyListener(store.surveys, store.properties));
		Mocks.register("finaliseRecipientsDelegate",
				new FinaliseRecipientsDelegate(store.surveys, store.recipients, store.questionnaires));
		Mocks.register("openResponsesDelegate", new OpenResponsesDelegate(store.surveys, store.properties, clock));
		Mocks.register("countResponseDelegate", new CountResponseDelegate(store.surveys, store.recipients));
		Mocks.register("tabulateResponsesDelegate", new TabulateResponsesDelegate(store.surveys, store.results));
		Mocks.register("registerContactsDelegate", new RegisterContactsDelegate(store.results));
		ProcurementTestSupport.registerMocks();
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void aSurveyGoesFromPlanThroughInquiryApprovalDispatchRemindersAndResponsesToCandidateMembers() throws Exception {
		ProcessInstance survey = start("支援団体調査（令和5年度）");
		String surveyId = survey.getId();
		assertThat(store.surveys.find(surveyId)).hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(Survey.Status.PLANNED));

		Task plan = task(survey, TASK_DRAFT_PLAN);
		assertThat(survey.getBusinessKey()).isEqualTo("支援団体調査（令和5年度）");
		assertThat(TasklistTitles.shown(engine, plan)).isEqualTo("支援団体調査（令和5年度）");
		assertThat(candidateGroups(plan)).containsExactly("health-welfare-social-affairs");
		assertThat(plan.getDueDate()).isNotNull();
		submitPlan(plan, false, "[\"disaster-reduction\",\"ward-aoba-health-welfare-centre\"]");

		// the import and one inquiry task per chosen department, in parallel
		assertThat(candidateGroups(task(survey, TASK_IMPORT_RECIPIENTS))).containsExactly("health-welfare-social-affairs");
		List<Task> inquiries = tasks(survey, TASK_INTERNAL_INQUIRY);
		assertThat(inquiries).flatExtracting(this::candidateGroups)
			.containsExactlyInAnyOrder("disaster-reduction", "ward-aoba-health-welfare-centre");
		store.recipients.add(surveyId, List.of(
				new NewRecipient("NPO法人つながり", "山田", "yamada@npo.example.jp", "", "NPO法人"),
				new NewRecipient("子ども食堂みやぎ", "", "info@kodomo.example.jp", "", "任意団体"),
				new NewRecipient("いこいの家", "佐藤", "", "仙台市青葉区1-2-3", "社会福祉法人")), "sato");
		submit(task(survey, TASK_IMPORT_RECIPIENTS), Map.of("recipientListReady", true));
		store.recipients.add(surveyId, List.of(new NewRecipient("NPO法人つながり", "", "YAMADA@npo.example.jp", "", "")),
				"sasaki");
		submit(inquiries.get(0), Map.of("organisationsAdded", true, "inquiryComment", "1団体を追加しました"));
		submit(inquiries.get(1), Map.of("organisationsAdded", false));

		// the duplicate from the inquiry was merged: three recipients
		Task approval = task(survey, TASK_APPROVE_SURVEY);
		assertThat(candidateGroups(approval)).containsExactly("managers");
		assertThat(engine.getRuntimeService().getVariable(surveyId, RECIPIENT_COUNT)).isEqualTo(3);

		// returned without a comment: no path is taken
		assertThatThrownBy(() -> submit(task(survey, TASK_APPROVE_SURVEY), Map.of(SURVEY_APPROVED, false)))
			.isInstanceOf(ProcessEngineException.class);
		submit(task(survey, TASK_APPROVE_SURVEY), Map.of(SURVEY_APPROVED, false, APPROVAL_COMMENT, "期限を延ばしてください"));
		Task revised = task(survey, TASK_DRAFT_PLAN);
		assertThat(engine.getFormService().getTaskFormVariables(revised.getId()).getValue(APPROVAL_COMMENT, String.class))
			.isEqualTo("期限を延ばしてください");
		submitPlan(revised, false, "[]");
		submit(task(survey, TASK_IMPORT_RECIPIENTS), Map.of("recipientListReady", true));
		submit(task(survey, TASK_APPROVE_SURVEY), Map.of(SURVEY_APPROVED, true));

		// dispatch: two e-mails, one letter; a redelivered task sends nothing again
		assertThat(store.surveys.find(surveyId).orElseThrow().status()).isEqualTo(Survey.Status.OPEN);
		assertThat(engine.getRuntimeService().getVariable(surveyId, REMINDER_CYCLE))
			.isEqualTo("R2/2024-01-05T09:00:00/P7D");
		LockedExternalTask invitations = lock(TOPIC_SEND_INVITATIONS);
		SurveyDispatch.Result sent = dispatch.sendInvitations(surveyId);
		assertThat(sent).isEqualTo(new SurveyDispatch.Result(2, 1));
		assertThat(dispatch.sendInvitations(surveyId)).isEqualTo(new SurveyDispatch.Result(2, 1));
		assertThat(greenMail.getReceivedMessages()).hasSize(2);
		engine.getExternalTaskService().complete(invitations.getId(), WORKER,
				Map.of(EMAIL_COUNT, sent.emails(), LETTER_COUNT, sent.letters()));
		assertThat(survey).isWaitingAt(EVENT_RESPONSE_DEADLINE);

		// one organisation answers through its link
		Recipient npo = store.recipients.list(surveyId).stream()
			.filter(r -> r.organisationName().equals("NPO法人つながり")).findFirst().orElseThrow();
		assertThat(store.recipients.findByTokenHash(ResponseTokens.hash(store.tokenOf(npo.id())))).isPresent();
		store.responses.save(npo.id(), Map.of("q15", List.of("interested"), "q16", List.of("yes"), "q1", List.of("NPO法人")));
		engine.getRuntimeService().createMessageCorrelation(MESSAGE_RESPONSE_RECEIVED).processInstanceId(surveyId)
			.correlate();
		engine.getManagementService().executeJob(job(survey, "Task_CountResponse").getId());
		assertThat(engine.getRuntimeService().getVariable(surveyId, RESPONSE_COUNT)).isEqualTo(1);

		// the reminder goes to the one e-mail recipient who has not answered, once per round
		engine.getManagementService().executeJob(job(survey, "StartEvent_ReminderDue").getId());
		LockedExternalTask reminders = lock(TOPIC_SEND_REMINDERS);
		greenMail.reset();
		int reminded = dispatch.sendReminders(surveyId, reminders.getActivityInstanceId());
		assertThat(dispatch.sendReminders(surveyId, reminders.getActivityInstanceId())).isEqualTo(1);
		assertThat(reminded).isEqualTo(1);
		assertThat(greenMail.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
			.containsExactly("info@kodomo.example.jp");
		engine.getExternalTaskService().complete(reminders.getId(), WORKER, Map.of(REMINDERS_SENT, reminded));

		// at the deadline a second reminder round is still being sent and a response count still queued: the
		// window closes all the same
		engine.getManagementService().executeJob(job(survey, "StartEvent_ReminderDue").getId());
		engine.getRuntimeService().createMessageCorrelation(MESSAGE_RESPONSE_RECEIVED).processInstanceId(surveyId)
			.correlate();
		engine.getManagementService().executeJob(job(survey, EVENT_RESPONSE_DEADLINE).getId());
		assertThat(engine.getExternalTaskService().createExternalTaskQuery().processInstanceId(surveyId).count()).isZero();
		engine.getManagementService().executeJob(job(survey, TASK_TABULATE_RESPONSES).getId());
		assertThat(store.surveys.find(surveyId).orElseThrow().status()).isEqualTo(Survey.Status.CLOSED);
		assertThat(engine.getRuntimeService().getVariables(surveyId)).containsEntry(RESPONSE_COUNT, 1)
			.containsEntry(RECIPIENT_COUNT, 3)
			.containsEntry(RESPONSE_RATE, 33.3);

		Task review = task(survey, TASK_REVIEW_RESULTS);
		assertThat(candidateGroups(review)).containsExactly("analysts");
		assertThat((String) engine.getRuntimeService().getVariable(surveyId, TABULATION_SUMMARY))
			.contains("回答率 33.3%").contains("興味がある：1件（100.0%）");
		submit(review, Map.of("publicationDate", "2024-02-06", "resultsComment", "シンポジウムで報告する"));

		assertThat(survey).isEnded().hasPassed(END_EVENT);
		assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(surveyId)
			.variableName(CANDIDATE_MEMBER_COUNT).singleResult().getValue()).isEqualTo(1);
		assertThat(new JdbcSurveyContacts(store.jdbc).candidateMembers()).extracting(SurveyContact::email)
			.containsExactly("yamada@npo.example.jp");
		assertThat(new JdbcSurveyContacts(store.jdbc).wantingInformation()).hasSize(1);
	}

	@Test
	void aPlanThatAsksNoDepartmentRunsNoInternalInquiryEvenWhenTheFieldIsLeftOut() {
		ProcessInstance survey = start("庁内照会なしの調査");
		Map<String, Object> withoutInquiry = new HashMap<>(plan(false, "[]"));
		withoutInquiry.remove(INQUIRY_GROUPS);
		withoutInquiry.put(SURVEY_EXECUTION, EXECUTION_DIRECT);

		submit(task(survey, TASK_DRAFT_PLAN), withoutInquiry);

		assertThat(survey).isWaitingAt(TASK_IMPORT_RECIPIENTS);
		assertThat(tasks(survey, TASK_INTERNAL_INQUIRY)).isEmpty();
	}

	@Test
	void aPreHearingIsRecordedBeforeTheRecipientListIsAssembled() {
		ProcessInstance survey = start("NPO等における孤独・孤立にかかる取組み調査");
		submitPlan(task(survey, TASK_DRAFT_PLAN), true, "[]");
		Task hearing = task(survey, TASK_RECORD_PRE_HEARING);
		assertThat(candidateGroups(hearing)).containsExactly("health-welfare-social-affairs");
		submit(hearing, Map.of("preHearingNotes", "県カウンセリングセンターを訪問。「人とのつながり」という表現を使う。"));
		assertThat(survey).isWaitingAt(TASK_IMPORT_RECIPIENTS);
		assertThat(tasks(survey, TASK_INTERNAL_INQUIRY)).isEmpty();
	}

	@Test
	void anOutsourcedPlanWithoutItsContractIsRefusedNamingTheFieldsAndStaysOpen() {
		ProcessInstance survey = start("孤独・孤立に関する調査");
		Task plan = task(survey, TASK_DRAFT_PLAN);
		Map<String, Object> withoutContract = new HashMap<>(plan(false, "[]"));
		withoutContract.put(SURVEY_EXECUTION, EXECUTION_OUTSOURCED);

		// the form shows the contract fields once 委託 is chosen, and requires them: so does the engine
		assertThatThrownBy(() -> submit(plan, withoutContract)).isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("「委託する業務の内容」(contractContent) は必須です")
			.hasMessageContaining("「委託予算（円・税込）」(contractBudgetYen) は必須です")
			.hasMessageContaining("(contractPeriodStart)").hasMessageContaining("(contractPeriodEnd)")
			.hasMessageContaining("(contractKickOffDueDate)");
		assertThat(task(survey, TASK_DRAFT_PLAN).getId()).isEqualTo(plan.getId());
		assertThat(engine.getRuntimeService().getVariables(survey.getId())).doesNotContainKey(SURVEY_EXECUTION);

		Map<String, Object> zeroBudget = new HashMap<>(outsourcedPlan());
		zeroBudget.put(CONTRACT_BUDGET_YEN, 0L);
		assertThatThrownBy(() -> submit(plan, zeroBudget))
			.hasMessage("「委託予算（円・税込）」(contractBudgetYen) は1以上の値を入力してください。");

		submit(plan, outsourcedPlan());
		assertThat(survey).isWaitingAt(TASK_IMPORT_RECIPIENTS);
	}

	@Test
	void aSurveyWithoutRecipientsCannotBeApprovedOnlyReturned() {
		ProcessInstance survey = start("宛先のない調査");
		submitPlan(task(survey, TASK_DRAFT_PLAN), false, "[]");
		submit(task(survey, TASK_IMPORT_RECIPIENTS), Map.of("recipientListReady", true));
		Task approval = task(survey, TASK_APPROVE_SURVEY);

		assertThatThrownBy(() -> submit(approval, Map.of(SURVEY_APPROVED, true)))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessage("「決裁」(surveyApproved)：宛先が0件のため決裁できません。宛先リストを取り込むか、差し戻してください。");
		assertThat(task(survey, TASK_APPROVE_SURVEY).getId()).isEqualTo(approval.getId());
		assertThat(store.surveys.find(survey.getId()).orElseThrow().status()).isEqualTo(Survey.Status.PLANNED);

		submit(approval, Map.of(SURVEY_APPROVED, false, APPROVAL_COMMENT, "宛先を取り込んでください"));
		assertThat(survey).isWaitingAt(TASK_DRAFT_PLAN);
	}

	@Test
	void anOutsourcedSurveyCallsTheProcurementAndEndsWhenTheContractIsSettled() {
		ProcessInstance survey = start("孤独・孤立に関する調査");
		submit(task(survey, TASK_DRAFT_PLAN), outsourcedPlan());
		store.recipients.add(survey.getId(), List.of(new NewRecipient("いこいの家", "佐藤", "", "仙台市青葉区1-2-3", "")),
				"sato");
		submit(task(survey, TASK_IMPORT_RECIPIENTS), Map.of("recipientListReady", true));
		submit(task(survey, TASK_APPROVE_SURVEY), Map.of(SURVEY_APPROVED, true));

		// the contract and the dispatch run side by side: the plan's contract details are the project sheet
		assertThat(survey).isWaitingAt(TASK_SEND_INVITATIONS, CALL_PROCURE_CONTRACTOR);
		ProcessInstance contract = engine.getRuntimeService().createProcessInstanceQuery()
			.superProcessInstanceId(survey.getId()).singleResult();
		assertThat(contract.getProcessDefinitionId()).startsWith(TrialProjectProcurement.PROCESS_KEY + ":");
		assertThat(engine.getRuntimeService().getVariables(contract.getId()))
			.containsEntry(TrialProjectProcurement.PROJECT_NAME, "支援団体調査（令和5年度）")
			.containsEntry(TrialProjectProcurement.BUDGET_YEN, 4_000_000L)
			.containsEntry(TrialProjectProcurement.CONTRACT_KIND, TrialProjectProcurement.KIND_SERVICES)
			.containsEntry(TrialProjectProcurement.PERIOD_END, "2024-03-31")
			.containsEntry(TrialProjectProcurement.KICK_OFF_DUE_DATE, "2023-11-02")
			.containsEntry(TrialProjectProcurement.PURPOSE_KPI, "支援団体の活動とニーズを把握し、PF参画につなげる");

		// no recipients yet answered: the survey runs to its hand-off and then waits for the contract
		engine.getExternalTaskService().complete(lock(TOPIC_SEND_INVITATIONS).getId(), WORKER,
				Map.of(EMAIL_COUNT, 0, LETTER_COUNT, 0));
		engine.getManagementService().executeJob(job(survey, EVENT_RESPONSE_DEADLINE).getId());
		engine.getManagementService().executeJob(job(survey, TASK_TABULATE_RESPONSES).getId());
		submit(task(survey, TASK_REVIEW_RESULTS), Map.of("publicationDate", "2024-02-06", "resultsComment", "委託先の報告書で補う"));
		assertThat(survey).isActive().isWaitingAt(CALL_PROCURE_CONTRACTOR);

		ProcurementTestSupport.runToTheEnd(engine, contract.getId());
		assertThat(survey).isEnded().hasPassed(END_EVENT);
		assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(survey.getId())
			.variableName(SURVEY_CONTRACTOR_NAME).singleResult().getValue()).isEqualTo("受注者");
	}

	private ProcessInstance start(String title) {
		String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
			.latestVersion().singleResult().getId();
		return engine.getFormService().submitStartForm(definition, Variables.createVariables().putValue(SURVEY_TITLE, title));
	}

	private void submitPlan(Task plan, boolean preHearing, String inquiryGroups) {
		Map<String, Object> values = new HashMap<>(plan(preHearing, inquiryGroups));
		values.put(SURVEY_EXECUTION, EXECUTION_DIRECT);
		submit(plan, values);
	}

	private static Map<String, Object> outsourcedPlan() {
		Map<String, Object> outsourced = new HashMap<>(plan(false, "[]"));
		outsourced.put(SURVEY_EXECUTION, EXECUTION_OUTSOURCED);
		outsourced.put(CONTRACT_CONTENT, "調査票の設計支援、発送・回収、集計・分析、報告書の作成");
		outsourced.put(CONTRACT_BUDGET_YEN, 4_000_000L);
		outsourced.put(CONTRACT_PERIOD_START, "2023-10-01");
		outsourced.put(CONTRACT_PERIOD_END, "2024-03-31");
		outsourced.put(CONTRACT_KICK_OFF_DUE_DATE, "2023-11-02");
		return outsourced;
	}

	private static Map<String, Object> plan(boolean preHearing, String inquiryGroups) {
		Map<String, Object> values = new HashMap<>();
		values.put(SURVEY_TITLE, "支援団体調査（令和5年度）");
		values.put("surveyPurpose", "支援団体の活動とニーズを把握し、PF参画につなげる");
		values.put("targetPopulation", "市内の孤独・孤立対策関連団体");
		values.put(QUESTIONNAIRE_ID, "support-organisations");
		values.put("surveyMethod", "mail-email-web");
		values.put(RESPONSE_DEADLINE, LocalDate.of(2024, 1, 19).toString());
		values.put(PRE_HEARING_PLANNED, preHearing);
		values.put(INQUIRY_GROUPS, SpinValues.jsonValue(inquiryGroups).create());
		return values;
	}

	private void submit(Task task, Map<String, Object> values) {
		engine.getFormService().submitTaskForm(task.getId(), Variables.fromMap(values));
	}

	private Task task(ProcessInstance instance, String activityId) {
		List<Task> tasks = tasks(instance, activityId);
		assertThat(tasks).as("open tasks %s", activityId).hasSize(1);
		return tasks.get(0);
	}

	private List<Task> tasks(ProcessInstance instance, String activityId) {
		return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
			.taskDefinitionKey(activityId).orderByTaskId().asc().list();
	}

	private List<String> candidateGroups(Task task) {
		return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
			.map(IdentityLink::getGroupId).filter(group -> group != null).toList();
	}

	private Job job(ProcessInstance instance, String activityId) {
		return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
			.activityId(activityId).singleResult();
	}

	private LockedExternalTask lock(String topic) {
		List<LockedExternalTask> locked = engine.getExternalTaskService().fetchAndLock(1, WORKER)
			.topic(topic, 60_000).variables(SURVEY_ID).execute();
		assertThat(locked).hasSize(1);
		return locked.get(0);
	}

}
