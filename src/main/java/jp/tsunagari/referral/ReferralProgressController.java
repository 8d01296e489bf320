package jp.tsunagari.referral;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jp.tsunagari.system.EngineNode;

/**
 * つなぎの進捗 (/referral/progress): counts of referral cases per district and step, for managers and the
 * 地域包括支援センター ({@link ReferralConfiguration#referralProgressPage()}). Nobody else: even counts per district say
 * something about a small district.
 */
@EngineNode
@Controller
class ReferralProgressController {

	private final ReferralProgress progress;

	ReferralProgressController(ReferralProgress progress) {
		this.progress = progress;
	}

	@GetMapping("/referral/progress")
	String progress(Model model) {
		model.addAttribute("stages", ReferralProgress.STAGES.keySet());
		model.addAttribute("closed", ReferralProgress.CLOSED);
		model.addAttribute("districts", progress.byDistrict());
		return "referral-progress";
	}

}
