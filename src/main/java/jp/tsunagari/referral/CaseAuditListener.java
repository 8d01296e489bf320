package jp.tsunagari.referral;

import java.util.TreeSet;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * On every task of a case model: who completed which task of which case, and the names (not the values) of the
 * variables the task could have changed.
 */
@EngineNode
@Component
public class CaseAuditListener implements TaskListener {

	private final CaseAudit audit;

	public CaseAuditListener(CaseAudit audit) {
		this.audit = audit;
	}

	@Override
	public void notify(DelegateTask task) {
		audit.record(task.getExecution(), "TASK_COMPLETED",
				task.getTaskDefinitionKey() + " " + new TreeSet<>(task.getVariableNames()));
	}

}
