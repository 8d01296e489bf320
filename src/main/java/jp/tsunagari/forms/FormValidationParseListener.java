package jp.tsunagari.forms;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every user task and start event with a Camunda Form bound to its deployment (camunda:formRef,
 * formRefBinding="deployment", the project's convention) a {@link FormSubmissionListener}, first among the step's
 * listeners so the model's own listeners only see accepted input.
 */
final class FormValidationParseListener extends AbstractBpmnParseListener {

	private final DeployedForms forms = new DeployedForms();

	@Override
	public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
		validate(userTask, activity, ExecutionListener.EVENTNAME_END);
	}

	@Override
	public void parseStartEvent(Element startEvent, ScopeImpl scope, ActivityImpl activity) {
		validate(startEvent, activity, ExecutionListener.EVENTNAME_START);
	}

	private void validate(Element element, ActivityImpl activity, String event) {
		String formKey = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
		String binding = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRefBinding");
		if (formKey != null && "deployment".equals(binding)) {
			activity.addListener(event, new FormSubmissionListener(formKey, forms), 0);
		}
	}

}
