package jp.tsunagari.directory;

import java.util.List;

/**
 * A person of the directory and the organisations they work in.
 *
 * @param name family name first, separated by a space: 「佐藤 花子」
 * @param password only accepted where the directory file may carry passwords (the demo)
 */
record DirectoryUser(String id, String name, String email, List<String> groups, String password) {

	DirectoryUser {
		groups = groups == null ? List.of() : List.copyOf(groups);
	}

	String familyName() {
		int space = name.indexOf(' ');
		return space < 0 ? name : name.substring(0, space);
	}

	String givenName() {
		int space = name.indexOf(' ');
		return space < 0 ? "" : name.substring(space + 1).trim();
	}

}
