package jp.tsunagari.absence;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import jp.tsunagari.system.EngineNode;

/**
 * 不在・代理の登録 ({@code /absence}, any signed-in staff member): records the signed-in person's own absence, from and
 * to a day typed as offices write dates ({@link TypedDate}), with a substitute chosen among the colleagues of their
 * departments; lists their absences and those in which they act for someone. Bad input: 400 with the form and a
 * message naming each field; a substitute outside their departments is refused the same way.
 */
@EngineNode
@Controller
class AbsenceController {

	private final Absences absences;

	private final Colleagues colleagues;

	AbsenceController(Absences absences, Colleagues colleagues) {
		this.absences = absences;
		this.colleagues = colleagues;
	}

	@GetMapping("/absence")
	String page(Authentication user, Model model) {
		model.addAttribute("form", new AbsenceForm());
		return page(user.getName(), model);
	}

	@PostMapping("/absence")
	String record(Authentication user, @Valid @ModelAttribute("form") AbsenceForm form, BindingResult errors,
			Model model, HttpServletResponse response) {
		Optional<LocalDate> from = date(form.getFrom(), "from", "開始日", errors);
		Optional<LocalDate> to = date(form.getTo(), "to", "終了日", errors);
		if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
			errors.rejectValue("to", "order", "終了日は開始日と同じ日かそれより後の日にしてください。");
		}
		if (to.isPresent() && to.get().isBefore(LocalDate.now())) {
			errors.rejectValue("to", "past", "終了日が過ぎています。今日以降の日を入力してください。");
		}
		if (!errors.hasFieldErrors("substitute") && !colleagues.areColleagues(user.getName(), form.getSubstitute())) {
			errors.rejectValue("substitute", "department", "代理の職員は同じ部署の職員から選んでください。");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(user.getName(), model);
		}
		absences.record(user.getName(), form.getSubstitute(), from.orElseThrow(), to.orElseThrow(), user.getName());
		return "redirect:/absence?recorded";
	}

	private static Optional<LocalDate> date(String typed, String field, String label, BindingResult errors) {
		if (errors.hasFieldErrors(field)) {
			return Optional.empty();
		}
		Optional<LocalDate> date = TypedDate.parse(typed);
		if (date.isEmpty()) {
			errors.rejectValue(field, "date",
					label + "は 2026/04/01 や 令和8年4月1日 のように、実在する日付で入力してください。");
		}
		return date;
	}

	private String page(String userId, Model model) {
		model.addAttribute("colleagues", colleagues.of(userId));
		model.addAttribute("absences", absences.involving(userId));
		model.addAttribute("me", userId);
		return "absence/page";
	}

}
