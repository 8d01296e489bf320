package jp.tsunagari.procurement;

import static jp.tsunagari.procurement.TrialProjectProcurement.*;

import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * For process tests of models that call trial-project-procurement: the beans its model names, and a driver that
 * takes a called instance (its project sheet passed in by the caller) through every step to its end.
 */
public final class ProcurementTestSupport {

	private ProcurementTestSupport() {
	}

	public static void registerMocks() {
		Mocks.register("procurementSettingsListener", new ProcurementSettingsListener(
				new ProcurementProperties(MunicipalityType.PREFECTURE_OR_DESIGNATED_CITY, "R/P14D")));
		Mocks.register("recordProgressMeetingListener", new RecordProgressMeetingListener());
	}

	/** Completes the instance's tasks in model order with plausible answers; the estimate is the budget. */
	public static void runToTheEnd(ProcessEngine engine, String processInstanceId) {
		RuntimeService runtime = engine.getRuntimeService();
		Object budget = runtime.getVariable(processInstanceId, BUDGET_YEN);
		complete(engine, processInstanceId, TASK_PLAN_PROJECT, Map.of());
		complete(engine, processInstanceId, TASK_DRAFT_SPECIFICATION, Map.of("specificationSummary", "運営",
				"deliverables", "運営・報告書", ESTIMATED_AMOUNT_YEN, budget, DELIVERY_DUE_DATE, "2024-02-06"));
		complete(engine, processInstanceId, TASK_CONFIRM_BUDGET, Map.of(BUDGET_CONFIRMED, true));
		complete(engine, processInstanceId, null, Map.of(CONTRACTOR_NAME, "受注者", CONTRACTOR_GROUP, "event-contractor",
				CONTRACT_AMOUNT_YEN, budget, "selectionRecord", "記録"));
		complete(engine, processInstanceId, TASK_CONCLUDE_CONTRACT, Map.of("contractDate", "2023-12-01", "contractNumber",
				"R5-1"));
		complete(engine, processInstanceId, TASK_HOLD_KICK_OFF, Map.of("kickOffDate", "2023-12-06", "workPlan", "計画"));
		complete(engine, processInstanceId, TASK_SUBMIT_DELIVERABLES, Map.of("deliveredOn", "2024-02-06",
				"deliveryNote", "開催"));
		complete(engine, processInstanceId, TASK_INSPECT_DELIVERABLES, Map.of(INSPECTION_PASSED, true));
		complete(engine, processInstanceId, TASK_SETTLE, Map.of("settledAmountYen", budget, "paymentDate", "2024-03-15"));
		complete(engine, processInstanceId, TASK_VERIFY_EFFECT, Map.of("effectSummary", "来場120名", "kpi1Name", "参加者数",
				"kpi1Value", 120L, "kpi1Unit", "名"));
	}

	/** The instance's only open task (of the given key, if not null) completed through the form service. */
	private static void complete(ProcessEngine engine, String processInstanceId, String taskKey,
			Map<String, Object> variables) {
		var query = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId);
		if (taskKey != null) {
			query.taskDefinitionKey(taskKey);
		}
		Task task = query.singleResult();
		FormService forms = engine.getFormService();
		forms.submitTaskForm(task.getId(), variables);
	}

}
