package jp.tsunagari.directory;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * Writes groups, users and memberships into Camunda's identity service, querying before every write: a restart
 * writes nothing, a changed name or membership is updated, and nothing is duplicated.
 */
class IdentitySync {

	private final IdentityService identity;

	IdentitySync(IdentityService identity) {
		this.identity = identity;
	}

	void group(String id, String name, String type) {
		Group group = identity.createGroupQuery().groupId(id).singleResult();
		if (group == null) {
			group = identity.newGroup(id);
		}
		else if (Objects.equals(group.getName(), name) && Objects.equals(group.getType(), type)) {
			return;
		}
		group.setName(name);
		group.setType(type);
		identity.saveGroup(group);
	}

	/** Creates or updates a user; a password is set only when the user is new, so a changed password stays. */
	void user(String id, String lastName, String firstName, String email, String initialPassword) {
		User user = identity.createUserQuery().userId(id).singleResult();
		if (user == null) {
			user = identity.newUser(id);
			user.setPassword(initialPassword);
		}
		else if (Objects.equals(user.getLastName(), lastName) && Objects.equals(user.getFirstName(), firstName)
				&& Objects.equals(user.getEmail(), email)) {
			return;
		}
		user.setLastName(lastName);
		user.setFirstName(firstName);
		user.setEmail(email);
		identity.saveUser(user);
	}

	/**
	 * Makes the user's memberships among the {@code managed} groups exactly {@code wanted}; memberships in other
	 * groups (given by an administrator in Admin) stay.
	 */
	void memberships(String userId, List<String> wanted, Set<String> managed) {
		Set<String> current = new HashSet<>();
		identity.createGroupQuery().groupMember(userId).list().forEach(group -> current.add(group.getId()));
		for (String groupId : current) {
			if (managed.contains(groupId) && !wanted.contains(groupId)) {
				identity.deleteMembership(userId, groupId);
			}
		}
		for (String groupId : wanted) {
			if (!current.contains(groupId)) {
				identity.createMembership(userId, groupId);
			}
		}
	}

	boolean isWritable() {
		return !identity.isReadOnly();
	}

}
