package jp.tsunagari.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one place that turns a user id into the name people read on our pages: 「佐藤 花子」, family name first, as
 * Japanese offices write it. Templates call it as {@code ${@personNames.of(id)}}. Names are kept a minute, so a
 * table of a hundred tasks asks the identity service once per person, and a renamed user shows the new name soon.
 * Without an identity service (a worker node) and for ids it does not know (a system account's, a deleted user's)
 * it shows the id.
 */
@Component("personNames")
public class PersonNames {

	private static final Duration KEPT = Duration.ofMinutes(1);

	/** More than any page shows; past it the cache starts afresh rather than grow. */
	private static final int MAX_KEPT = 10_000;

	private final ObjectProvider<IdentityService> identity;

	private final Supplier<Instant> clock;

	private final Map<String, Kept> names = new ConcurrentHashMap<>();

	private record Kept(String name, Instant until) {
	}

	@Autowired
	public PersonNames(ObjectProvider<IdentityService> identity) {
		this(identity, Instant::now);
	}

	PersonNames(ObjectProvider<IdentityService> identity, Supplier<Instant> clock) {
		this.identity = identity;
		this.clock = clock;
	}

	/** The displayed name of the user, the id itself if there is none; null for null. */
	public String of(String userId) {
		if (userId == null) {
			return null;
		}
		Instant now = clock.get();
		Kept kept = names.get(userId);
		if (kept == null || kept.until().isBefore(now)) {
			if (names.size() >= MAX_KEPT) {
				names.clear();
			}
			kept = new Kept(lookUp(userId), now.plus(KEPT));
			names.put(userId, kept);
		}
		return kept.name();
	}

	private String lookUp(String userId) {
		IdentityService service = identity.getIfAvailable();
		User user = service == null ? null : service.createUserQuery().userId(userId).singleResult();
		return user == null ? userId : PersonName.of(user);
	}

}
