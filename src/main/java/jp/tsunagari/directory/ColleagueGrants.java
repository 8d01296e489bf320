package jp.tsunagari.directory;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;

/**
 * Whom the members of an organisation may look up among the users (names and e-mail addresses; Tasklist's
 * assignee choice and "claimed by", the REST API's {@code /user}): the members of that organisation, one READ row
 * per member, instead of every user of the city, which showed every e-mail address to contractors and outside
 * organisations. A task goes to its candidate groups, so whoever claims it is a colleague of whoever reads it.
 * Written with the other standing grants, from the memberships the identity service holds (the directory file's,
 * or LDAP's).
 */
class ColleagueGrants {

	private final IdentityService identity;

	ColleagueGrants(IdentityService identity) {
		this.identity = identity;
	}

	List<Grant> of(String groupId) {
		return identity.createUserQuery().memberOfGroup(groupId).list().stream()
			.map(User::getId)
			.map(userId -> new Grant(Resources.USER, userId, Permissions.READ))
			.toList();
	}

}
