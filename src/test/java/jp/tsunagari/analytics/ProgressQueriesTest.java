package jp.tsunagari.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import jp.tsunagari.system.FeatureTables;

/**
 * The open steps of a running instance as the progress page reads them from the history (H2): the embedded
 * sub-process it is in is its phase; an event sub-process running beside it (a meeting on a timer) is neither a
 * phase nor a step, only the task inside it is.
 */
class ProgressQueriesTest {

	private static final String MODEL = """
			<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
			  <bpmn:process id="phased" isExecutable="true" camunda:historyTimeToLive="1">
			    <bpmn:startEvent id="Start" />
			    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Phase" />
			    <bpmn:subProcess id="Phase" name="（エ）自走段階">
			      <bpmn:startEvent id="PhaseStart" />
			      <bpmn:sequenceFlow id="F2" sourceRef="PhaseStart" targetRef="Review" />
			      <bpmn:userTask id="Review" name="年度末の振り返り" />
			      <bpmn:sequenceFlow id="F3" sourceRef="Review" targetRef="PhaseEnd" />
			      <bpmn:endEvent id="PhaseEnd" />
			      <bpmn:subProcess id="Meetings" name="定例会議" triggeredByEvent="true">
			        <bpmn:startEvent id="MeetingDue" isInterrupting="false">
			          <bpmn:messageEventDefinition messageRef="Meeting" />
			        </bpmn:startEvent>
			        <bpmn:sequenceFlow id="F4" sourceRef="MeetingDue" targetRef="Minutes" />
			        <bpmn:userTask id="Minutes" name="会議の記録" />
			        <bpmn:sequenceFlow id="F5" sourceRef="Minutes" targetRef="MeetingEnd" />
			        <bpmn:endEvent id="MeetingEnd" />
			      </bpmn:subProcess>
			    </bpmn:subProcess>
			    <bpmn:sequenceFlow id="F6" sourceRef="Phase" targetRef="End" />
			    <bpmn:endEvent id="End" />
			  </bpmn:process>
			  <bpmn:message id="Meeting" name="Meeting" />
			</bpmn:definitions>""";

	private static ProcessEngine engine;

	private static ProgressQueries queries;

	@BeforeAll
	static void runningInstance() {
		engine = SyntheticHistory.engine("progress-h2", "jdbc:h2:mem:progress-h2;DB_CLOSE_DELAY=-1;MODE=LEGACY", "sa",
				"");
		engine.getRepositoryService().createDeployment().addString("phased.bpmn", MODEL).deploy();
		String id = engine.getRuntimeService().startProcessInstanceByKey("phased", "phased-1").getId();
		engine.getRuntimeService().createMessageCorrelation("Meeting").processInstanceId(id).correlate();
		queries = new ProgressQueries(new NamedParameterJdbcTemplate(
				((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource()));
	}

	@Test
	void anOpenStepIsEscalatedWhenTheTaskMailsLeftAnEscalatedRowForItsTask() {
		DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
		FeatureTables.initializer(dataSource, "classpath:notification/schema.sql").initializeDatabase();
		Task review = engine.getTaskService().createTaskQuery().taskDefinitionKey("Review").singleResult();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("INSERT INTO TSG_NOTIFY_DELIVERY (DELIVERY_KEY, KIND, USER_ID, TASK_ID, SENT_AT) VALUES (?, ?, ?, ?,"
				+ " CURRENT_TIMESTAMP)", "ESCALATION:" + review.getId() + ":x:inoue", "ESCALATION", "inoue", review.getId());
		assertThat(queries.escalatedSteps()).as("a mail to the supervisor alone marks nothing").isEmpty();
		jdbc.update("INSERT INTO TSG_NOTIFY_DELIVERY (DELIVERY_KEY, KIND, USER_ID, TASK_ID, SENT_AT) VALUES (?, ?, ?, ?,"
				+ " CURRENT_TIMESTAMP)", "ESCALATED:" + review.getId() + ":x", "ESCALATED", null, review.getId());

		List<CurrentStepRow> rows = queries.currentSteps(new HistoryFilter("phased", null));
		assertThat(queries.escalatedSteps()).containsExactlyElementsOf(rows.stream()
			.filter(row -> "年度末の振り返り".equals(row.activityName())).map(CurrentStepRow::activityInstanceId).toList());
	}

	@AfterAll
	static void close() {
		engine.close();
	}

	@Test
	void theEmbeddedSubProcessIsThePhaseAndTheEventSubProcessOnlyHoldsAStep() {
		List<CurrentStepRow> rows = queries.currentSteps(new HistoryFilter("phased", null));
		assertThat(rows).filteredOn(CurrentStepRow::isPhase).extracting(CurrentStepRow::activityName)
			.containsExactly("（エ）自走段階");
		assertThat(rows).filteredOn(CurrentStepRow::isStep).extracting(CurrentStepRow::activityName)
			.containsExactlyInAnyOrder("年度末の振り返り", "会議の記録");
	}

}
