package jp.tsunagari.referral;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;

/** Runs engine calls as a user of the directory, with the user's groups, as the webapps and the REST API do. */
public record EngineUser(ProcessEngine engine) {

	public <T> T as(String user, Supplier<T> action) {
		List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
			.map(Group::getId).toList();
		engine.getIdentityService().setAuthentication(user, groups);
		try {
			return action.get();
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	public void as(String user, Runnable action) {
		as(user, () -> {
			action.run();
			return null;
		});
	}

}
