package jp.tsunagari.directory;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;

/**
 * Whether a process holds personal data (referral cases): its model says so with the extension property
 * {@code <camunda:property name="personal-data" value="true" />}. Such processes are never granted as a whole to
 * managers or analysts; their instances are granted one by one to the groups handling the case.
 */
public final class PersonalData {

	public static final String PROPERTY = "personal-data";

	private PersonalData() {
	}

	/** From a deployed model, e.g. {@code RepositoryService.getBpmnModelInstance}. */
	public static boolean isMarked(BpmnModelInstance model, String processKey) {
		Process process = model.getModelElementById(processKey);
		if (process == null || process.getExtensionElements() == null) {
			return false;
		}
		return process.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()
			.stream()
			.flatMap(properties -> properties.getCamundaProperties().stream())
			.anyMatch(property -> PROPERTY.equals(property.getCamundaName()) && "true".equals(property.getCamundaValue()));
	}

	/** From the process element the engine's parser hands to a parse listener. */
	static boolean isMarked(Element processElement) {
		Element extensions = processElement.element("extensionElements");
		Element properties = extensions == null ? null
				: extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
		return properties != null && properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")
			.stream()
			.anyMatch(property -> PROPERTY.equals(property.attribute("name")) && "true".equals(property.attribute("value")));
	}

}
