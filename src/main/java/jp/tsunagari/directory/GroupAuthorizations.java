package jp.tsunagari.directory;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * Makes a group's standing grants exactly the given rows. Rows the engine creates for single tasks and instances
 * (candidate groups of a task, say) are not standing grants and are left alone.
 */
class GroupAuthorizations {

	private static final Set<Integer> STANDING_RESOURCE_TYPES = Set.of(Resources.APPLICATION.resourceType(),
			Resources.PROCESS_DEFINITION.resourceType(), Resources.DECISION_DEFINITION.resourceType(),
			Resources.DECISION_REQUIREMENTS_DEFINITION.resourceType(), Resources.DEPLOYMENT.resourceType(),
			Resources.GROUP.resourceType(), Resources.USER.resourceType());

	private final AuthorizationService authorizations;

	GroupAuthorizations(AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	void sync(String groupId, List<Grant> grants) {
		Map<String, Grant> wanted = new HashMap<>();
		grants.forEach(grant -> wanted.merge(key(grant.resource().resourceType(), grant.resourceId()), grant,
				GroupAuthorizations::union));
		for (Authorization existing : standingGrants(groupId)) {
			Grant grant = wanted.remove(key(existing.getResourceType(), existing.getResourceId()));
			if (grant != null) {
				update(existing, grant);
			}
			else {
				authorizations.deleteAuthorization(existing.getId());
			}
		}
		wanted.values().forEach(grant -> create(groupId, grant));
	}

	/**
	 * The group's grants on all resources of a kind, and on the kinds granted one by one; not the rows of single
	 * tasks and instances, which grow with the work done and would make every start-up slower.
	 */
	private Collection<Authorization> standingGrants(String groupId) {
		Map<String, Authorization> byId = new HashMap<>();
		grantsOf(groupId).resourceId(Grant.ANY).list().forEach(row -> byId.put(row.getId(), row));
		for (int resourceType : STANDING_RESOURCE_TYPES) {
			grantsOf(groupId).resourceType(resourceType).list().forEach(row -> byId.put(row.getId(), row));
		}
		return byId.values();
	}

	private AuthorizationQuery grantsOf(String groupId) {
		return authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId);
	}

	private void update(Authorization existing, Grant grant) {
		boolean same = grant.permissions().contains(Permissions.ALL) ? existing.isEveryPermissionGranted()
				: grantedValues(existing, grant).equals(values(grant.permissions()));
		if (!same) {
			existing.setPermissions(grant.permissions().toArray(Permission[]::new));
			authorizations.saveAuthorization(existing);
		}
	}

	/** What the row grants today, among every permission of the kinds the grant speaks of. */
	private static Set<Integer> grantedValues(Authorization existing, Grant grant) {
		Permission[] known = grant.permissions().stream()
			.flatMap(permission -> Arrays.stream(((Enum<?>) permission).getDeclaringClass().getEnumConstants()))
			.map(Permission.class::cast)
			.toArray(Permission[]::new);
		return values(Arrays.asList(existing.getPermissions(known)));
	}

	private static Set<Integer> values(List<Permission> permissions) {
		return permissions.stream()
			.map(Permission::getValue)
			.filter(value -> value != 0 && value != Integer.MAX_VALUE)
			.collect(Collectors.toSet());
	}

	private void create(String groupId, Grant grant) {
		Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
		authorization.setGroupId(groupId);
		authorization.setResource(grant.resource());
		authorization.setResourceId(grant.resourceId());
		grant.permissions().forEach(authorization::addPermission);
		authorizations.saveAuthorization(authorization);
	}

	private static Grant union(Grant a, Grant b) {
		return new Grant(a.resource(), a.resourceId(),
				Stream.concat(a.permissions().stream(), b.permissions().stream()).distinct().toList());
	}

	private static String key(int resourceType, String resourceId) {
		return resourceType + "/" + resourceId;
	}

}
