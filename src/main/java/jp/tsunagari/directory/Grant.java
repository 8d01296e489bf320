package jp.tsunagari.directory;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** One row of an access profile: these permissions on this resource (or on all of its kind). */
record Grant(Resource resource, String resourceId, List<Permission> permissions) {

	static final String ANY = "*";

	Grant(Resource resource, String resourceId, Permission... permissions) {
		this(resource, resourceId, List.of(permissions));
	}

}
