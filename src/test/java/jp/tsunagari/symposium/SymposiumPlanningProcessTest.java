package jp.tsunagari.symposium;

import static jp.tsunagari.symposium.SymposiumPlanning.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagari.procurement.ProcurementTestSupport;
import jp.tsunagari.procurement.TrialProjectProcurement;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jp.tsunagari.system.ProcedureTitle;
import jp.tsunagari.system.TasklistTitles;


/**
 * The symposium model with the real procurement model and DMN it calls, on the in-memory engine, its delegates
 * working on the event tables in the engine's own H2 database: the Sendai symposium replayed from plan to report
 * (two contractors, a declined speaker replaced, six publicity channels, 120 attendees checked in, 57
 * questionnaires), and a programme line that cannot be read. Run the class as a whole (coverage asserted at the end).
 */
@Deployment(resources = { "processes/symposium-planning.bpmn", "processes/trial-project-procurement.bpmn",
		"processes/procurement-method.dmn", "forms/symposium-planning.book-venue.form",
		"forms/symposium-planning.close-questionnaire.form", "forms/symposium-planning.draft-programme.form",
		"forms/symposium-planning.find-alternative-speaker.form", "forms/symposium-planning.hold-event.form",
		"forms/symposium-planning.invite-speaker.form", "forms/symposium-planning.invite-survey-respondents.form",
		"forms/symposium-planning.plan-symposium.form", "forms/symposium-planning.publicity-channel.form",
		"forms/symposium-planning.publish-event-report.form",
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
class SymposiumPlanningProcessTest {

	/** The called procurement model runs here too; its own test class covers its paths. */
	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test.cfg.xml")
		.excludeProcessDefinitionKeys(TrialProjectProcurement.PROCESS_KEY)
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final String LEAD = "health-welfare-social-affairs";

	private RuntimeService runtimeService;

	private TaskService taskService;

	private FormService formService;

	private EventTables tables;

	@BeforeEach
	void services() {
		ProcessEngine engine = extension.getProcessEngine();
		BpmnAwareTests.init(engine);
		runtimeService = engine.getRuntimeService();
		taskService = engine.getTaskService();
		formService = engine.getFormService();
		tables = EventTables.ofProcessTestEngine();
		SymposiumProperties properties = new SymposiumProperties(LEAD,
				new SymposiumProperties.LeadTimes(62, 60, 30, 14, 20));
		EventInvitees invitees = () -> List.of(new EventInvitees.Invitee("NPO法人ワンファミリー仙台", "info@example.jp"),
				new EventInvitees.Invitee("一般社団法人パーソナルサポートセンター", "psc@example.jp"));
		Mocks.register("scheduleSymposiumDelegate", new ScheduleSymposiumDelegate(properties));
		Mocks.register("prepareSpeakerInvitationsListener", new PrepareSpeakerInvitationsListener());
		Mocks.register("recordConfirmedSpeakerListener", new RecordConfirmedSpeakerListener());
		Mocks.register("recordPublicityListener", new RecordPublicityListener());
		Mocks.register("collectSurveyInviteesDelegate",
				new CollectSurveyInviteesDelegate(invitees));
		Mocks.register("openRegistrationDelegate", new OpenRegistrationDelegate(tables.registrations));
		Mocks.register("compileEventReportDelegate",
				new CompileEventReportDelegate(tables.registrations, tables.answers));
		ProcurementTestSupport.registerMocks();
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
	}

	@Test
	void theSendaiSymposiumFromPlanToReport() {
		ProcessInstance symposium = plan(800_000L);

		assertThat(symposium).variables()
			.containsEntry(KICK_OFF_DUE_DATE, "2023-12-06")
			.containsEntry(VENUE_DUE_DATE, "2023-12-08")
			.containsEntry(SPEAKERS_DUE_DATE, "2024-01-07")
			.containsEntry(PUBLICITY_DUE_DATE, "2024-01-23")
			.containsEntry(REPORT_DUE_DATE, "2024-02-26");
		List<ProcessInstance> contracts = procurements(symposium);
		assertThat(contracts).hasSize(2);
		// started from the plan form without a business key: the event's name is its key and title; each called
		// contract keeps the event's key and is titled with its own project's name
		assertThat(symposium.getBusinessKey()).isEqualTo(runtimeService.getVariable(symposium.getId(), EVENT_TITLE));
		assertThat(TasklistTitles.shown(extension.getProcessEngine(), task(symposium, TASK_BOOK_VENUE)))
			.isEqualTo(symposium.getBusinessKey());
		assertThat(contracts).allSatisfy(contract -> {
			assertThat(contract.getBusinessKey()).isEqualTo(symposium.getBusinessKey());
			assertThat(runtimeService.getVariable(contract.getId(), ProcedureTitle.VARIABLE))
				.isEqualTo(runtimeService.getVariable(contract.getId(), TrialProjectProcurement.PROJECT_NAME));
		});
		assertThat(contracts).allSatisfy(contract -> assertThat(contract).variables()
			.containsEntry(TrialProjectProcurement.KICK_OFF_DUE_DATE, "2023-12-06")
			.containsEntry(TrialProjectProcurement.CONTRACT_KIND, "SERVICES")
			.containsEntry(TrialProjectProcurement.PERIOD_END, "2024-03-31"));

		Task venue = task(symposium, TASK_BOOK_VENUE);
		assertThat(venue.getDueDate()).isEqualTo(date("2023-12-08"));
		assertThat(candidateGroups(venue)).containsExactly(LEAD);
		complete(venue, Map.of("venueName", "仙台市中小企業活性化センター 多目的ホール", "venueAddress", "仙台市青葉区", CAPACITY, 200L));
		complete(task(symposium, TASK_DRAFT_PROGRAMME), Map.of("openingAddressBy", "副市長", "closingAddressBy", "健康福祉局長",
				SPEAKER_CANDIDATES, """
						基調講演：大西 連（内閣官房孤独・孤立対策担当室 政策参与）
						基調講演：矢野 智美（株式会社ヘラルボニー）
						パネリスト：候補 太郎（辞退される候補）
						"""));

		List<Task> invitations = tasks(symposium, TASK_INVITE_SPEAKER);
		assertThat(invitations).hasSize(3).allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(date("2024-01-07")));
		for (Task invitation : invitations) {
			boolean declines = "候補 太郎".equals(taskService.getVariable(invitation.getId(), CANDIDATE_NAME));
			complete(invitation, declines ? Map.of(SPEAKER_ACCEPTED, false, DECLINE_REASON, "日程が合わない")
					: Map.of(SPEAKER_ACCEPTED, true));
		}
		Task alternative = task(symposium, TASK_FIND_ALTERNATIVE_SPEAKER);
		assertThat(taskService.getVariable(alternative.getId(), SPEAKER_ROLE)).isEqualTo("パネリスト");
		complete(alternative, Map.of(CANDIDATE_NAME, "立岡 学", CANDIDATE_AFFILIATION, "NPO法人ワンファミリー仙台"));
		complete(task(symposium, TASK_INVITE_SPEAKER), Map.of(SPEAKER_ACCEPTED, true));
		assertThat(speakerNames(symposium)).containsExactlyInAnyOrder("大西 連", "矢野 智美", "立岡 学");

		String eventId = (String) runtimeService.getVariable(symposium.getId(), EVENT_ID);
		assertThat(runtimeService.getVariable(symposium.getId(), REGISTRATION_PATH))
			.isEqualTo("/public/events/" + eventId + "/register");
		assertThat(tables.registrations.event(eventId)).hasValueSatisfying(event -> {
			assertThat(event.capacity()).isEqualTo(200);
			assertThat(event.registrationOpen()).isTrue();
		});
		Task surveyChannel = task(symposium, TASK_INVITE_SURVEY_RESPONDENTS);
		assertThat(taskService.getVariable(surveyChannel.getId(), SURVEY_INVITEE_COUNT)).isEqualTo(2);
		assertThat((String) taskService.getVariable(surveyChannel.getId(), SURVEY_INVITEE_LIST))
			.contains("NPO法人ワンファミリー仙台（info@example.jp）");
		for (String channel : List.of(TASK_DISTRIBUTE_FLYERS, TASK_PLACE_MEDIA_ADS, TASK_PUBLISH_IN_NEWSLETTER,
				TASK_POST_ON_SNS, TASK_INVITE_SURVEY_RESPONDENTS, TASK_REQUEST_DEPARTMENTS)) {
			Task publicity = task(symposium, channel);
			assertThat(publicity.getDueDate()).isEqualTo(date("2024-01-23"));
			complete(publicity, Map.of(CHANNEL_CARRIED_OUT, !channel.equals(TASK_POST_ON_SNS), CHANNEL_NOTE, "記録"));
		}
		assertThat((List<?>) runtimeService.getVariable(symposium.getId(), PUBLICITY_RECORDS)).hasSize(6);
		assertThat(runtimeService.getVariable(symposium.getId(), CHANNEL_NOTE)).as("channel answers stay local")
			.isNull();

		SeedEvents.sendaiAttendance(tables.registrations, eventId);
		Task day = task(symposium, TASK_HOLD_EVENT);
		assertThat(day.getDueDate()).isEqualTo(date("2024-02-06"));
		complete(day, Map.of("onlineDistribution", "RECORDED", "eventNotes", "定刻開始"));
		SeedEvents.sendaiQuestionnaire(tables.answers, eventId);
		complete(task(symposium, TASK_CLOSE_QUESTIONNAIRE), Map.of("questionnaireClosedOn", "2024-02-20"));

		assertThat(symposium).isWaitingAt(TASK_PUBLISH_EVENT_REPORT);
		@SuppressWarnings("unchecked")
		Map<String, Object> report = (Map<String, Object>) runtimeService.getVariable(symposium.getId(), EVENT_REPORT);
		assertThat(report).containsEntry("attendees", 120).containsEntry("individual", 65)
			.containsEntry("individualPercent", 54).containsEntry("government", 42)
			.containsEntry("governmentPercent", 35).containsEntry("supportOrganisation", 13)
			.containsEntry("supportOrganisationPercent", 11).containsEntry("respondents", 57)
			.containsEntry("understandingPercent", 86).containsEntry("interestPercent", 49)
			.containsEntry("satisfactionPercent", 82);
		assertThat(tables.registrations.event(eventId)).hasValueSatisfying(event -> {
			assertThat(event.registrationOpen()).isFalse();
			assertThat(event.questionnaireOpen()).isFalse();
		});
		complete(task(symposium, TASK_PUBLISH_EVENT_REPORT), Map.of("recordingUrl", "https://example.jp/tube",
				"mediaCoverage", "河北新報 2024年2月8日朝刊", "reportPublishedOn", "2024-02-26"));

		assertThat(symposium).isActive();
		for (ProcessInstance contract : contracts) {
			ProcurementTestSupport.runToTheEnd(extension.getProcessEngine(), contract.getId());
		}
		assertThat(symposium).isEnded().hasPassed(END_EVENT);
	}

	@Test
	void withoutADecorationBudgetOnlyTheEventContractorIsProcured() {
		ProcessInstance symposium = plan(null);
		assertThat(procurements(symposium)).hasSize(1);
	}

	@Test
	void aProgrammeLineThatCannotBeReadRefusesTheCompletion() {
		ProcessInstance symposium = plan(0L);
		complete(task(symposium, TASK_BOOK_VENUE), Map.of("venueName", "会場", "venueAddress", "所在地", CAPACITY, 50L));
		Task programme = task(symposium, TASK_DRAFT_PROGRAMME);
		assertThatThrownBy(() -> complete(programme, Map.of("openingAddressBy", "副市長", "closingAddressBy", "局長",
				SPEAKER_CANDIDATES, "基調講演：大西 連（内閣官房\n")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageStartingWith("「登壇者候補（1行に1名）」(speakerCandidates) 登壇者候補の1行目を読み取れません。");
		assertThatThrownBy(() -> complete(programme, Map.of("openingAddressBy", "副市長", "closingAddressBy", "局長",
				SPEAKER_CANDIDATES, "  \n")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("1名以上");
		assertThat(symposium).isWaitingAt(TASK_DRAFT_PROGRAMME);
	}

	// --- driving the model ---

	private ProcessInstance plan(Long decorationBudget) {
		Map<String, Object> plan = new HashMap<>();
		plan.put(EVENT_TITLE, "仙台市孤独・孤立シンポジウム");
		plan.put(THEME, "人と人、人と社会とがつながることができる地域社会へ");
		// Tasklist sends the checklist as Json
		plan.put("targets", SpinValues.jsonValue("[\"SUPPORT_ORGANISATIONS\",\"CITIZENS\"]").create());
		plan.put("eventFormat", "HYBRID");
		plan.put(EVENT_DATE, "2024-02-06");
		plan.put(BUDGET_YEN, 4_000_000L);
		plan.put(EVENT_CONTRACT_BUDGET_YEN, 3_000_000L);
		plan.put(DECORATION_CONTRACT_BUDGET_YEN, decorationBudget);
		String definition = extension.getProcessEngine().getRepositoryService().createProcessDefinitionQuery()
			.processDefinitionKey(PROCESS_KEY).latestVersion().singleResult().getId();
		return formService.submitStartForm(definition, plan);
	}

	private List<ProcessInstance> procurements(ProcessInstance symposium) {
		return runtimeService.createProcessInstanceQuery().superProcessInstanceId(symposium.getId()).list();
	}

	private List<Object> speakerNames(ProcessInstance symposium) {
		List<?> speakers = (List<?>) runtimeService.getVariable(symposium.getId(), CONFIRMED_SPEAKERS);
		return speakers.stream().map(speaker -> (Object) ((Map<?, ?>) speaker).get("name")).toList();
	}

	private void complete(Task task, Map<String, Object> variables) {
		formService.submitTaskForm(task.getId(), variables);
	}

	private Task task(ProcessInstance instance, String key) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
	}

	private List<Task> tasks(ProcessInstance instance, String key) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
	}

	private List<String> candidateGroups(Task task) {
		return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).toList();
	}

	private static Date date(String isoDate) {
		return Date.from(LocalDate.parse(isoDate).atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

}
