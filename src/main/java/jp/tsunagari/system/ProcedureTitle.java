package jp.tsunagari.system;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;

/**
 * What a procedure, or one item of it, is about, in the words staff use: the survey's name, the sheet's programme,
 * the event's name, a case number. Every model declares it with this listener and an expression over its own data,
 * e.g. {@code <camunda:field name="title"><camunda:expression>${surveyTitle}</camunda:expression></camunda:field>},
 * on the process (start), after the step that makes the data known, or on a sub-process whose items differ (the
 * self-evaluation's sheets). The value becomes the variable {@value #VARIABLE}, local to that scope (and copied to each
 * user task by {@link TaskTitlePlugin}), which the
 * Tasklist filters display as 「件名」 on every task; on the process instance it is also the business key, unless the
 * caller gave one (a case number, a calling procedure's key).
 * <p>
 * A class listener with an injected field rather than a bean, so the process tests' engine runs it as it is.
 */
public class ProcedureTitle implements ExecutionListener {

	/** The variable every model uses for its title. */
	public static final String VARIABLE = "title";

	/** Set by the engine from the model's {@code camunda:field name="title"}. */
	private Expression title;

	/**
	 * Without its data (a start that skipped its form's fields, through the REST API) there is nothing to name: the
	 * form check, which runs after the process start, refuses such a start with HTTP 400 naming the fields, where a
	 * failure here would be a 500. A model's wrong expression is caught by its process tests, which check the title.
	 */
	@Override
	public void notify(DelegateExecution execution) {
		Object value;
		try {
			value = title.getValue(execution);
		}
		catch (ProcessEngineException missing) {
			return;
		}
		if (value == null || value.toString().isBlank()) {
			return;
		}
		String text = value.toString().strip();
		execution.setVariableLocal(VARIABLE, text);
		boolean processInstance = execution.getId().equals(execution.getProcessInstanceId());
		String businessKey = execution.getProcessBusinessKey();
		if (processInstance && (businessKey == null || businessKey.isBlank())) {
			execution.setProcessBusinessKey(text);
		}
	}

	public void setTitle(Expression title) {
		this.title = title;
	}

}
