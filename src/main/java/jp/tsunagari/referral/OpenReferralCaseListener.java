package jp.tsunagari.referral;

import static jp.tsunagari.referral.NabariReferral.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * 気づきの連絡 (end of the start event): numbers the case (business key R-YYYY-NNNN), routes it to the まちの保健室 of
 * the district chosen, grants that group alone the case, and works out who gets the feedback at the end. A district
 * or reporter type outside the directory is refused with the field named (HTTP 400), and nothing is started.
 */
@EngineNode
@Component
class OpenReferralCaseListener implements ExecutionListener {

	private final ReferralFields fields;

	private final CaseOpening opening;

	private final ReferralProperties properties;

	OpenReferralCaseListener(ReferralFields fields, CaseOpening opening, ReferralProperties properties) {
		this.fields = fields;
		this.opening = opening;
		this.properties = properties;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String districtGroup = DISTRICT_GROUP_PREFIX + execution.getVariable(DISTRICT);
		if (!fields.isDistrictGroup(districtGroup)) {
			throw new FormFieldValidationException(DISTRICT, "district: no まちの保健室 for district " + execution.getVariable(DISTRICT));
		}
		String reporterGroup = reporterGroup(execution.getVariable(REPORTER_TYPE), execution.getVariable(DISTRICT));
		execution.setVariable(DISTRICT_GROUP, districtGroup);
		execution.setVariable(REPORTER_GROUP, reporterGroup);
		execution.setVariable(INTAKE_PERIOD, properties.intakePeriod().toString());
		execution.setVariable(FOLLOW_UP_INTERVAL, properties.followUpInterval());
		opening.open(execution, CASE_NUMBER_PREFIX, properties.zone(), "district " + execution.getVariable(DISTRICT),
				List.of(districtGroup));
	}

	/** Layer 1 groups; a resident who walks in gets the feedback through the まちの保健室 that took the report. */
	private String reporterGroup(Object reporterType, Object district) {
		String group = switch (String.valueOf(reporterType)) {
			case "WELFARE_COMMISSIONER" -> "welfare-commissioners";
			case "LINK_WORKER" -> "link-workers";
			case "COMMUNITY_ORGANISATION" -> "community-organisation-" + district;
			case "RESIDENT" -> DISTRICT_GROUP_PREFIX + district;
			default -> throw new FormFieldValidationException(REPORTER_TYPE, "reporterType: unknown reporter type " + reporterType);
		};
		if (!fields.contains(group)) {
			throw new FormFieldValidationException(REPORTER_TYPE, "reporterType: no group " + group + " in the directory");
		}
		return group;
	}

}
