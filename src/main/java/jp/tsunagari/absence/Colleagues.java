package jp.tsunagari.absence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * Who may act for a person: the other members of their departments, as the directory (our file or LDAP) says
 * through Camunda's IdentityService. A department is any of their groups but roles (managers, analysts) and the
 * system's groups (administrators, workers), which are not places of work.
 */
class Colleagues {

	private static final Set<String> NOT_DEPARTMENTS = Set.of("ROLE", Groups.GROUP_TYPE_SYSTEM);

	private final IdentityService identity;

	Colleagues(IdentityService identity) {
		this.identity = identity;
	}

	/** The colleagues of a person, each once, ordered by user id. */
	List<String> of(String userId) {
		Set<String> colleagues = new LinkedHashSet<>();
		for (Group department : departments(userId)) {
			identity.createUserQuery().memberOfGroup(department.getId()).orderByUserId().asc().list()
				.stream()
				.map(User::getId)
				.filter(member -> !member.equals(userId))
				.forEach(colleagues::add);
		}
		return colleagues.stream().sorted().toList();
	}

	boolean areColleagues(String userId, String otherId) {
		return of(userId).contains(otherId);
	}

	private List<Group> departments(String userId) {
		return identity.createGroupQuery().groupMember(userId).list()
			.stream()
			.filter(group -> group.getType() == null || !NOT_DEPARTMENTS.contains(group.getType()))
			.toList();
	}

}
