package jp.tsunagari.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tsunagari.absence.Substitutes;

/**
 * The default {@link Recipients}: the assignee and whoever acts for them today (an absence's substitute), or the
 * candidate users and every member of the candidate groups; a department's supervisors are its members who also
 * belong to the supervisor group (a role of the directory, e.g. 所属長); a task whose departments have none goes to the
 * fallback group (the managers).
 */
class GroupRecipients implements Recipients {

	private final StaffDirectory staff;

	private final String supervisorGroup;

	private final String fallbackGroup;

	private final Substitutes substitutes;

	private final Clock clock;

	GroupRecipients(StaffDirectory staff, String supervisorGroup, String fallbackGroup, Substitutes substitutes,
			Clock clock) {
		this.staff = staff;
		this.supervisorGroup = supervisorGroup;
		this.fallbackGroup = fallbackGroup;
		this.substitutes = substitutes;
		this.clock = clock;
	}

	@Override
	public Collection<Person> of(NotifiedTask task) {
		Map<String, Person> people = new LinkedHashMap<>();
		if (task.assignee() != null) {
			staff.person(task.assignee()).ifPresent(person -> people.put(person.id(), person));
			// an unassigned task reaches a substitute as a candidate user; an assigned one only through this
			substitutes.actingOn(LocalDate.now(clock))
				.stream()
				.filter(substitution -> substitution.absentUserId().equals(task.assignee()))
				.forEach(substitution -> staff.person(substitution.substituteId())
					.ifPresent(person -> people.put(person.id(), person)));
			return people.values();
		}
		task.candidateUsers().forEach(user -> staff.person(user).ifPresent(person -> people.put(person.id(), person)));
		task.candidateGroups().forEach(group -> staff.membersOf(group).forEach(person -> people.put(person.id(), person)));
		return people.values();
	}

	@Override
	public Collection<Person> supervisorsOf(NotifiedTask task) {
		Set<String> supervisors = staff.membersOf(supervisorGroup).stream().map(Person::id).collect(Collectors.toSet());
		List<Person> found = task.candidateGroups()
			.stream()
			.flatMap(group -> staff.membersOf(group).stream())
			.filter(person -> supervisors.contains(person.id()))
			.distinct()
			.toList();
		return found.isEmpty() ? staff.membersOf(fallbackGroup) : found;
	}

}
