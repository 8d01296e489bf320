package jp.tsunagari.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import jp.tsunagari.system.PersonName;

/**
 * People and group members as Camunda's identity service knows them (our directory file, or LDAP under the ldap
 * profile), read once per group and person in one notification run ({@link #forget} between runs; a run is
 * single-threaded, see {@link TaskNotifications}).
 */
class StaffDirectory {

	private final IdentityService identity;

	private final Map<String, List<Person>> members = new HashMap<>();

	private final Map<String, Optional<Person>> people = new HashMap<>();

	StaffDirectory(IdentityService identity) {
		this.identity = identity;
	}

	/** Reads the directory afresh in the next run (a new member, a changed address). */
	void forget() {
		members.clear();
		people.clear();
	}

	List<Person> membersOf(String groupId) {
		return members.computeIfAbsent(groupId, group -> identity.createUserQuery()
			.memberOfGroup(group)
			.list()
			.stream()
			.map(StaffDirectory::person)
			.peek(person -> people.putIfAbsent(person.id(), Optional.of(person)))
			.toList());
	}

	Optional<Person> person(String userId) {
		return people.computeIfAbsent(userId,
				id -> Optional.ofNullable(identity.createUserQuery().userId(id).singleResult()).map(StaffDirectory::person));
	}

	private static Person person(User user) {
		return new Person(user.getId(), PersonName.of(user), user.getEmail());
	}

}
