package jp.tsunagari.survey;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import jp.tsunagari.system.EngineNode;

/**
 * 宛先リスト: staff import CSV files and add organisations one by one (the lead department and the departments of
 * the internal inquiry); a rejected file stores nothing and the page lists every bad row.
 */
@EngineNode
@Controller
class SurveyRecipientsController {

	private final Surveys surveys;

	private final Recipients recipients;

	private final SurveyAccess access;

	private final SurveyProperties properties;

	SurveyRecipientsController(Surveys surveys, Recipients recipients, SurveyAccess access,
			SurveyProperties properties) {
		this.surveys = surveys;
		this.recipients = recipients;
		this.access = access;
		this.properties = properties;
	}

	@GetMapping("/survey/{surveyId}/recipients")
	String show(@PathVariable String surveyId, Authentication user, Model model) {
		return page(surveyId, user, model);
	}

	@PostMapping("/survey/{surveyId}/recipients/import")
	String importFile(@PathVariable String surveyId, @RequestParam("file") MultipartFile file, Authentication user,
			Model model, HttpServletResponse response) throws IOException {
		access.check(surveyId, user);
		requirePlanned(surveyId);
		try {
			Recipients.Addition addition = recipients.add(surveyId, RecipientFile.read(file.getBytes(), properties.columns()),
					user.getName());
			model.addAttribute("addition", addition);
			return page(surveyId, user, model);
		}
		catch (InvalidRecipientFileException ex) {
			model.addAttribute("problems", ex.problems());
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(surveyId, user, model);
		}
	}

	@PostMapping("/survey/{surveyId}/recipients")
	String add(@PathVariable String surveyId, NewRecipient recipient, Authentication user, Model model,
			HttpServletResponse response) {
		access.check(surveyId, user);
		requirePlanned(surveyId);
		List<String> reasons = RecipientFile.validate(recipient);
		if (!reasons.isEmpty()) {
			model.addAttribute("problems",
					reasons.stream().map(reason -> new InvalidRecipientFileException.Problem(0, reason)).toList());
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(surveyId, user, model);
		}
		model.addAttribute("addition", recipients.add(surveyId, List.of(recipient), user.getName()));
		return page(surveyId, user, model);
	}

	/** After dispatch a new recipient would get no invitation: the list is closed then. */
	private void requirePlanned(String surveyId) {
		if (surveys.require(surveyId).status() != Survey.Status.PLANNED) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "調査依頼を送付済みのため、宛先は追加できません。");
		}
	}

	private String page(String surveyId, Authentication user, Model model) {
		access.check(surveyId, user);
		Survey survey = surveys.require(surveyId);
		model.addAttribute("survey", survey);
		model.addAttribute("recipients", recipients.list(surveyId));
		return "survey/recipients";
	}

}
