package jp.tsunagari.referral;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

import jp.tsunagari.system.EngineNode;

/**
 * つなぎの進捗 (/referral/progress): counts of referral cases per district and step, for managers and the
 * 地域包括支援センター. Nobody else: even counts per district say something about a small district.
 */
@EngineNode
@Controller
class ReferralProgressController {

	static final String MANAGERS = "GROUP_managers";

	static final String CENTRE = "GROUP_" + NabariReferral.CENTRE_GROUP;

	private final ReferralProgress progress;

	ReferralProgressController(ReferralProgress progress) {
		this.progress = progress;
	}

	@GetMapping("/referral/progress")
	String progress(Authentication user, Model model) {
		boolean allowed = user.getAuthorities().stream()
			.anyMatch(authority -> MANAGERS.equals(authority.getAuthority()) || CENTRE.equals(authority.getAuthority()));
		if (!allowed) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "管理職または地域包括支援センターのみ閲覧できます");
		}
		model.addAttribute("stages", ReferralProgress.STAGES.keySet());
		model.addAttribute("closed", ReferralProgress.CLOSED);
		model.addAttribute("districts", progress.byDistrict());
		return "referral-progress";
	}

}
