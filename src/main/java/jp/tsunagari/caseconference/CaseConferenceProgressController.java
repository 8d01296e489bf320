package jp.tsunagari.caseconference;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

import jp.tsunagari.system.EngineNode;

/** 支援会議の進捗 (/caseconference/progress): counts per step, for managers and the secretariat only. */
@EngineNode
@Controller
class CaseConferenceProgressController {

	private static final String MANAGERS = "GROUP_managers";

	private static final String SECRETARIAT = "GROUP_" + CaseConference.SECRETARIAT_GROUP;

	private final CaseConferenceProgress progress;

	CaseConferenceProgressController(CaseConferenceProgress progress) {
		this.progress = progress;
	}

	@GetMapping("/caseconference/progress")
	String progress(Authentication user, Model model) {
		boolean allowed = user.getAuthorities().stream()
			.anyMatch(authority -> MANAGERS.equals(authority.getAuthority())
					|| SECRETARIAT.equals(authority.getAuthority()));
		if (!allowed) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "管理職または健康福祉局 社会課のみ閲覧できます");
		}
		model.addAttribute("stages", progress.byStage());
		return "caseconference-progress";
	}

}
