package jp.tsunagari.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Checks a submission against the deployed form of the step (end of a user task, start of a start event): the
 * variables the process holds once the submitted ones are applied (submitted and earlier ones alike, those of a
 * task's input mapping included; task-local variables end with the task and do not count), as the next steps will
 * read them. A violation throws {@link FormFieldValidationException}: it rolls the command back (the task stays open,
 * no process starts, no variable is kept) and the REST API answers it with HTTP 400 and the message. An execution
 * listener, not a task listener: the engine wraps a task listener's exception, which the REST API answers with 500.
 */
final class FormSubmissionListener implements ExecutionListener {

	private final String formKey;

	private final DeployedForms forms;

	FormSubmissionListener(String formKey, DeployedForms forms) {
		this.formKey = formKey;
		this.forms = forms;
	}

	@Override
	public void notify(DelegateExecution execution) {
		if (execution.isCanceled()) {
			// interrupted by an event, a modification or a deletion: nobody submitted the form
			return;
		}
		String deploymentId = ((ExecutionEntity) execution).getProcessDefinition().getDeploymentId();
		forms.find(Context.getCommandContext(), deploymentId, formKey).ifPresent(form -> {
			FeelEngine feel = Context.getProcessEngineConfiguration().getDmnEngineConfiguration().getFeelEngine();
			List<String> violations = violations(form, execution.getVariablesTyped(), feel);
			if (!violations.isEmpty()) {
				throw new FormFieldValidationException(violations, String.join("。", violations) + "。");
			}
		});
	}

	static List<String> violations(CamundaForm form, VariableMap variables, FeelEngine feel) {
		Map<String, Object> values = new HashMap<>();
		variables.forEach((name, value) -> values.put(name, FormValues.plain(value)));
		return form.violations(values, new HiddenFields(feel, variables.asVariableContext()));
	}

}
