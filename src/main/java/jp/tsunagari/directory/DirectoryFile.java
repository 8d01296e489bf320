package jp.tsunagari.directory;

import java.util.List;

/** The organisation directory file as written: organisations, then users. */
record DirectoryFile(List<Organisation> organisations, List<DirectoryUser> users) {

	static final DirectoryFile EMPTY = new DirectoryFile(List.of(), List.of());

	DirectoryFile {
		organisations = organisations == null ? List.of() : List.copyOf(organisations);
		users = users == null ? List.of() : List.copyOf(users);
	}

}
