package jp.tsunagari.caseconference;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jp.tsunagari.system.EngineNode;

/**
 * 支援会議の進捗 (/caseconference/progress): counts per step, for managers and the secretariat only
 * ({@link CaseConferenceConfiguration#caseConferenceProgressPage()}).
 */
@EngineNode
@Controller
class CaseConferenceProgressController {

	private final CaseConferenceProgress progress;

	CaseConferenceProgressController(CaseConferenceProgress progress) {
		this.progress = progress;
	}

	@GetMapping("/caseconference/progress")
	String progress(Model model) {
		model.addAttribute("stages", progress.byStage());
		return "caseconference-progress";
	}

}
