package jp.tsunagari.referral;

import static jp.tsunagari.referral.NabariReferral.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.json.SpinJsonNode;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * 関係分野の選定: the routing table (referral-fields.dmn) gives the fields of each need recorded at intake; the
 * 地域包括支援センター and the groups handling those fields are then granted this case. Checks the consent itself as
 * well as the gateway before it, because this is where the case first leaves the district.
 */
@EngineNode
@Component
class ChooseFieldsDelegate implements JavaDelegate {

	private final ReferralFields fields;

	private final CaseAccess access;

	ChooseFieldsDelegate(ReferralFields fields, CaseAccess access) {
		this.fields = fields;
		this.access = access;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object consent = execution.getVariable(CONSENT);
		if (!CONSENT_GIVEN.equals(consent) && !CONSENT_LEGAL_BASIS.equals(consent)) {
			throw new FormFieldValidationException(CONSENT, "consent: the case cannot leave the district without consent or a legal basis");
		}
		DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
		Set<String> chosen = new LinkedHashSet<>();
		for (String need : needs(execution.getVariable(NEEDS))) {
			SystemCommand.run(() -> decisions.evaluateDecisionTableByKey(FIELDS_DECISION_KEY, Map.of("need", need))
				.collectEntries("field")
				.forEach(field -> chosen.add((String) field)));
		}
		List<String> groups = chosen.stream().flatMap(field -> fields.groupsHandling(field).stream()).distinct().toList();
		if (groups.isEmpty()) {
			throw new FormFieldValidationException(NEEDS, "needs: no area-director field handles the needs " + chosen);
		}
		execution.setVariable(FIELDS, new ArrayList<>(chosen));
		execution.setVariable(FIELD_GROUPS, new ArrayList<>(groups));
		execution.setVariable(FIELD_LABELS, String.join("、", chosen.stream().map(fields::label).toList()));
		access.grant(execution, CENTRE_GROUP);
		groups.forEach(group -> access.grant(execution, group));
	}

	/** Tasklist sends the checklist as a Json array; the Java API may send a list. */
	private static List<String> needs(Object value) {
		if (value instanceof SpinJsonNode json && json.isArray()) {
			return json.elements().stream().map(SpinJsonNode::stringValue).toList();
		}
		if (value instanceof Collection<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of();
	}

}
