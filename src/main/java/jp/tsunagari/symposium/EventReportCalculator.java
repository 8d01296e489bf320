package jp.tsunagari.symposium;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Computes an {@link EventReport} from the individual stored registrations and questionnaire answers, never from
 * totals typed in: attendance counts only confirmed registrations marked attended at the venue; online counts
 * confirmed online registrations (Toyama reports online registrants, 001:L2982-2983); questionnaire shares are
 * positive answers over all answers.
 */
final class EventReportCalculator {

	private EventReportCalculator() {
	}

	static EventReport report(List<Registration> registrations, List<QuestionnaireAnswer> answers) {
		List<Registration> attended = registrations.stream()
			.filter(r -> r.status() == RegistrationStatus.CONFIRMED && r.participation() == Participation.VENUE
					&& r.attended())
			.toList();
		List<Registration> online = registrations.stream()
			.filter(r -> r.status() == RegistrationStatus.CONFIRMED && r.participation() == Participation.ONLINE)
			.toList();
		Map<AttendeeCategory, Integer> byCategory = new EnumMap<>(AttendeeCategory.class);
		Map<AttendeeCategory, Integer> shares = new EnumMap<>(AttendeeCategory.class);
		for (AttendeeCategory category : AttendeeCategory.values()) {
			int count = count(attended, r -> r.category() == category);
			byCategory.put(category, count);
			shares.put(category, percent(count, attended.size()));
		}
		int waitlisted = count(registrations, r -> r.status() == RegistrationStatus.WAITLISTED);
		return new EventReport(attended.size(), byCategory, shares, count(attended, r -> r.category().isOrganisation()),
				count(attended, r -> !r.category().isOrganisation()), online.size(),
				count(online, r -> r.category().isOrganisation()), count(online, r -> !r.category().isOrganisation()),
				waitlisted, answers.size(), percent(count(answers, a -> a.understanding().positive()), answers.size()),
				percent(count(answers, a -> a.pfInterest() == QuestionnaireAnswer.PfInterest.YES), answers.size()),
				percent(count(answers, a -> a.satisfaction().positive()), answers.size()));
	}

	private static <T> int count(Collection<T> items, Predicate<T> which) {
		return (int) items.stream().filter(which).count();
	}

	/** Whole percent rounded half up; 0 when there is nothing to count. */
	static int percent(int part, int whole) {
		if (whole == 0) {
			return 0;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).intValue();
	}

}
