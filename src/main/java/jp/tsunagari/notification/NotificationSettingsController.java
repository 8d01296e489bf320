package jp.tsunagari.notification;

import java.security.Principal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.tsunagari.system.EngineNode;

/**
 * メール通知の設定: each signed-in person switches their digest of new tasks off or on and chooses its time on
 * working days. Urgent tasks, reminders and escalations still come (they are about deadlines).
 */
@EngineNode
@Controller
class NotificationSettingsController {

	static final String PATH = "/notifications";

	private final DigestPreferences preferences;

	NotificationSettingsController(DigestPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping(PATH)
	String show(Principal user, Model model) {
		DigestPreference setting = preferences.of(user.getName());
		return page(model, setting.enabled(), setting.time().toString(), null, false);
	}

	@PostMapping(PATH)
	String save(Principal user, @RequestParam(defaultValue = "false") boolean digestEnabled,
			@RequestParam(defaultValue = "") String digestTime, Model model, HttpServletResponse response) {
		LocalTime time;
		try {
			time = LocalTime.parse(digestTime.strip());
		}
		catch (DateTimeParseException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, digestEnabled, digestTime, "届く時刻：「08:30」のように時と分で入力してください。", false);
		}
		preferences.save(user.getName(), new DigestPreference(digestEnabled, time));
		return page(model, digestEnabled, time.toString(), null, true);
	}

	private static String page(Model model, boolean enabled, String time, String error, boolean saved) {
		model.addAttribute("digestEnabled", enabled);
		model.addAttribute("digestTime", time);
		model.addAttribute("error", error);
		model.addAttribute("saved", saved);
		return "notification/settings";
	}

}
