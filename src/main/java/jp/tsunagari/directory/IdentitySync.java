package jp.tsunagari.directory;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * Writes groups, users and memberships into Camunda's identity service, querying before every write: a restart
 * writes nothing, a changed name or membership is updated, and nothing is duplicated.
 */
class IdentitySync {

	private static final SecureRandom RANDOM = new SecureRandom();

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

	/**
	 * Creates or updates a user; a password is set only when the user is new, so a changed password stays. A user
	 * without one gets a random password nobody knows (Camunda cannot check a missing one): an administrator sets a
	 * real one in Admin.
	 * <p>
	 * Camunda's webapps print a person as "firstName lastName". Japanese names are written family name first
	 * (佐藤 花子), so the family name goes into Camunda's {@code firstName} and the given name into {@code lastName};
	 * Admin labels the two fields 「姓」 and 「名」, and {@code system.PersonName} reads them back. A user written the other
	 * way round by an earlier version is corrected here.
	 */
	void user(String id, String familyName, String givenName, String email, String initialPassword) {
		User user = identity.createUserQuery().userId(id).singleResult();
		if (user == null) {
			user = identity.newUser(id);
			user.setPassword(initialPassword != null ? initialPassword : unknownPassword());
		}
		else if (Objects.equals(user.getFirstName(), familyName) && Objects.equals(user.getLastName(), givenName)
				&& Objects.equals(user.getEmail(), email)) {
			return;
		}
		user.setFirstName(familyName);
		user.setLastName(givenName);
		user.setEmail(email);
		try {
			identity.saveUser(user);
		}
		catch (ProcessEngineException ex) {
			throw new IllegalStateException("User " + id + " cannot be saved: " + ex.getMessage()
					+ " (outside the demo the password policy asks for 10+ characters with upper and lower case,"
					+ " a digit and a symbol, not containing the user's id or name)", ex);
		}
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

	private static String unknownPassword() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		// the suffix satisfies the password policy's character classes
		return Base64.getUrlEncoder().encodeToString(bytes) + "Aa1!";
	}

	/** The given group ids the identity service does not know, in the given order. */
	List<String> missingGroups(List<String> ids) {
		Set<String> known = new HashSet<>();
		identity.createGroupQuery()
			.groupIdIn(ids.toArray(String[]::new))
			.list()
			.forEach(group -> known.add(group.getId()));
		return ids.stream().filter(id -> !known.contains(id)).toList();
	}

	boolean isWritable() {
		return !identity.isReadOnly();
	}

}
