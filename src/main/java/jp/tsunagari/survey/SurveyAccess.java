package jp.tsunagari.survey;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ResponseStatusException;

import jp.tsunagari.system.SignedInGroups;

/**
 * Who may open a survey's staff pages (recipients with their personal data, letters, results): members of the
 * configured staff groups (the lead department, managers, analysts) and of any group with an open task in that
 * survey (the departments asked in the internal inquiry, while their task is open, claimed or not).
 */
class SurveyAccess {

	private final List<String> staffGroups;

	private final SurveyWorkflow workflow;

	SurveyAccess(List<String> staffGroups, SurveyWorkflow workflow) {
		this.staffGroups = staffGroups;
		this.workflow = workflow;
	}

	void check(String surveyId, Authentication user) {
		List<String> groups = SignedInGroups.of(user);
		if (groups.stream().noneMatch(staffGroups::contains) && !workflow.hasOpenTaskFor(surveyId, user.getName(), groups)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "この調査を扱う権限がありません。");
		}
	}

}
