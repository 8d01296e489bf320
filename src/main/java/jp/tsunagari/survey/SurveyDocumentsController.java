package jp.tsunagari.survey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jp.tsunagari.system.EngineNode;

/** The printable letters of postal recipients and the tabulation downloads (Excel, CSV). */
@EngineNode
@Controller
class SurveyDocumentsController {

	/** One letter: the recipient and its personal link. */
	record Letter(Recipient recipient, String link) {
	}

	private final Surveys surveys;

	private final Recipients recipients;

	private final SurveyDispatch dispatch;

	private final SurveyResults results;

	private final SurveyAccess access;

	SurveyDocumentsController(Surveys surveys, Recipients recipients, SurveyDispatch dispatch, SurveyResults results,
			SurveyAccess access) {
		this.surveys = surveys;
		this.recipients = recipients;
		this.dispatch = dispatch;
		this.results = results;
		this.access = access;
	}

	@GetMapping("/survey/{surveyId}/letters")
	String letters(@PathVariable String surveyId, Authentication user, Model model) {
		access.check(surveyId, user);
		Survey survey = surveys.require(surveyId);
		List<Letter> letters = recipients.list(surveyId).stream()
			.filter(recipient -> recipient.byPost() && recipient.tokenSalt() != null)
			.map(recipient -> new Letter(recipient, dispatch.link(recipient)))
			.toList();
		model.addAttribute("survey", survey);
		model.addAttribute("letters", letters);
		return "survey/letters";
	}

	@GetMapping("/survey/{surveyId}/results.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String surveyId, Authentication user) throws IOException {
		access.check(surveyId, user);
		surveys.require(surveyId);
		return download(TabulationExport.xlsx(results.tabulate(surveyId)), "集計結果.xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@GetMapping("/survey/{surveyId}/results.csv")
	ResponseEntity<byte[]> csv(@PathVariable String surveyId, Authentication user) {
		access.check(surveyId, user);
		surveys.require(surveyId);
		return download(TabulationExport.csv(results.tabulate(surveyId)), "集計結果.csv",
				new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	private static ResponseEntity<byte[]> download(byte[] content, String filename, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

}
