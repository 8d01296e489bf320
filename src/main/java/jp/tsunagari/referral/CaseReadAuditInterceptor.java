package jp.tsunagari.referral;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.HistoricDetailQueryImpl;
import org.camunda.bpm.engine.impl.HistoricVariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractGetFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariableTypedCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.VariableInstance;

import jp.tsunagari.directory.PersonalData;

/**
 * Writes a READ row to the case audit for every successful read by a person of the variables of a case (a process whose model
 * has {@code personal-data = true}): task and form variables, execution variables, and the runtime and historic
 * variable queries behind Tasklist, Cockpit and the REST API, lists and reads by id alike (a count reads no data).
 * Runs inside the command, so the row is written in its transaction; a read the authorization check refuses reads
 * nothing and writes nothing.
 */
class CaseReadAuditInterceptor extends CommandInterceptor {

	private final CaseAudit audit;

	private final Map<String, Boolean> personalByDefinition = new ConcurrentHashMap<>();

	CaseReadAuditInterceptor(CaseAudit audit) {
		this.audit = audit;
	}

	@Override
	public <T> T execute(Command<T> command) {
		T result = next.execute(command);
		CommandContext context = Context.getCommandContext();
		// reads without a signed-in person are the application's own (counts for managers, the models' steps)
		if (context != null && context.getAuthenticatedUserId() != null) {
			for (String instanceId : instancesRead(command, result, context)) {
				HistoricProcessInstanceEntity instance = context.getHistoricProcessInstanceManager()
					.findHistoricProcessInstance(instanceId);
				if (instance != null && holdsPersonalData(instance.getProcessDefinitionId(), context)) {
					audit.record(instance.getBusinessKey(), instanceId, context.getAuthenticatedUserId(), "READ",
							command.getClass().getSimpleName());
				}
			}
		}
		return result;
	}

	private static Set<String> instancesRead(Command<?> command, Object result, CommandContext context) {
		Set<String> instances = new LinkedHashSet<>();
		if (command instanceof GetTaskVariablesCmd || command instanceof GetTaskVariableCmd
				|| command instanceof GetTaskVariableCmdTyped || command instanceof GetTaskFormVariablesCmd) {
			String taskId = command instanceof AbstractGetFormVariablesCmd form ? form.resourceId : field(command, "taskId");
			TaskEntity task = context.getTaskManager().findTaskById(taskId);
			if (task != null && task.getProcessInstanceId() != null) {
				instances.add(task.getProcessInstanceId());
			}
		}
		else if (command instanceof GetExecutionVariablesCmd || command instanceof GetExecutionVariableCmd
				|| command instanceof GetExecutionVariableTypedCmd) {
			ExecutionEntity execution = context.getExecutionManager().findExecutionById(field(command, "executionId"));
			if (execution != null) {
				instances.add(execution.getProcessInstanceId());
			}
		}
		else if (command instanceof VariableInstanceQueryImpl || command instanceof HistoricVariableInstanceQueryImpl
				|| command instanceof HistoricDetailQueryImpl) {
			// list() and listPage() answer a list, singleResult() (the REST API's reads by id) the row itself
			for (Object row : result instanceof Collection<?> rows ? rows : Collections.singletonList(result)) {
				String instanceId = row instanceof VariableInstance variable ? variable.getProcessInstanceId()
						: row instanceof HistoricVariableInstance variable ? variable.getProcessInstanceId()
								: row instanceof HistoricDetail detail ? detail.getProcessInstanceId() : null;
				if (instanceId != null) {
					instances.add(instanceId);
				}
			}
		}
		return instances;
	}

	private boolean holdsPersonalData(String definitionId, CommandContext context) {
		return personalByDefinition.computeIfAbsent(definitionId, id -> {
			var cache = context.getProcessEngineConfiguration().getDeploymentCache();
			String key = cache.findDeployedProcessDefinitionById(id).getKey();
			return PersonalData.isMarked(cache.findBpmnModelInstanceForProcessDefinition(id), key);
		});
	}

	/** The engine's read commands keep their target in a protected field and have no getter for it. */
	private static String field(Command<?> command, String name) {
		for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
			try {
				Field field = type.getDeclaredField(name);
				field.setAccessible(true);
				return (String) field.get(command);
			}
			catch (NoSuchFieldException e) {
				// declared higher up
			}
			catch (IllegalAccessException e) {
				throw new IllegalStateException("cannot read " + name + " of " + command.getClass(), e);
			}
		}
		throw new IllegalStateException("no field " + name + " in " + command.getClass());
	}

}
