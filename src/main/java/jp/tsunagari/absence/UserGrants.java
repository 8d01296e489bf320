package jp.tsunagari.absence;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Resource;

/** A person's own grants on one resource (not their groups'), which the engine never removes by itself. */
class UserGrants {

	private final AuthorizationService authorizations;

	UserGrants(AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	boolean exist(String userId, Resource resource, String resourceId) {
		return query(userId, resource, resourceId).count() > 0;
	}

	void revoke(String userId, Resource resource, String resourceId) {
		query(userId, resource, resourceId).list().forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
	}

	private AuthorizationQuery query(String userId, Resource resource, String resourceId) {
		return authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.userIdIn(userId)
			.resourceType(resource)
			.resourceId(resourceId);
	}

}
