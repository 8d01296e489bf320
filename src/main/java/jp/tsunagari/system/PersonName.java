package jp.tsunagari.system;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.identity.User;

/**
 * A person's full name as Japanese staff write it, family name first: 「佐藤 花子」. The directory stores the family
 * name in Camunda's {@code firstName} and the given name in {@code lastName}, because Camunda's webapps print
 * "firstName lastName" (see {@code directory.IdentitySync.user}); every page of ours builds a name here (through
 * {@link PersonNames}), so that nobody puts the given name first.
 */
public final class PersonName {

	private PersonName() {
	}

	/** 「佐藤 花子」; the user id when Camunda knows no name for the user. */
	public static String of(User user) {
		String name = Stream.of(user.getFirstName(), user.getLastName())
			.filter(part -> part != null && !part.isBlank())
			.map(String::strip)
			.collect(Collectors.joining(" "));
		return name.isEmpty() ? user.getId() : name;
	}

}
