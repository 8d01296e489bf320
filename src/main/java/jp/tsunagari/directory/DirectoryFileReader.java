package jp.tsunagari.directory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.Resource;

/**
 * Reads and checks a directory file. A file with any mistake is rejected whole, with every mistake listed, so a
 * municipality never runs on half a directory.
 */
class DirectoryFileReader {

	private final ObjectMapper yaml = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		.build();

	private final boolean acceptPasswords;

	DirectoryFileReader(boolean acceptPasswords) {
		this.acceptPasswords = acceptPasswords;
	}

	DirectoryFile read(Resource resource) {
		DirectoryFile file;
		try (InputStream in = resource.getInputStream()) {
			file = yaml.readValue(in, DirectoryFile.class);
		}
		catch (IOException ex) {
			throw new InvalidDirectoryException(resource.getDescription() + ": " + ex.getMessage());
		}
		List<String> mistakes = check(file == null ? DirectoryFile.EMPTY : file);
		if (!mistakes.isEmpty()) {
			throw new InvalidDirectoryException(resource.getDescription() + ":\n- " + String.join("\n- ", mistakes));
		}
		return file;
	}

	private List<String> check(DirectoryFile file) {
		List<String> mistakes = new ArrayList<>();
		Set<String> groupIds = new HashSet<>();
		for (Organisation organisation : file.organisations()) {
			String where = "organisation " + organisation.id();
			if (blank(organisation.id())) {
				mistakes.add("an organisation has no id (name: " + organisation.name() + ")");
			}
			else if (!groupIds.add(organisation.id())) {
				mistakes.add(where + " is listed twice");
			}
			if (blank(organisation.name())) {
				mistakes.add(where + " has no name");
			}
			if (organisation.kind() == null) {
				mistakes.add(where + " has no kind");
			}
		}
		for (Organisation organisation : file.organisations()) {
			if (organisation.parent() != null && !groupIds.contains(organisation.parent())) {
				mistakes.add("organisation " + organisation.id() + " has an unknown parent " + organisation.parent());
			}
		}
		Set<String> userIds = new HashSet<>();
		for (DirectoryUser user : file.users()) {
			String where = "user " + user.id();
			if (blank(user.id())) {
				mistakes.add("a user has no id (name: " + user.name() + ")");
			}
			else if (!userIds.add(user.id())) {
				mistakes.add(where + " is listed twice");
			}
			if (blank(user.name())) {
				mistakes.add(where + " has no name");
			}
			user.groups().stream()
				.filter(group -> !groupIds.contains(group))
				.forEach(group -> mistakes.add(where + " is in an unknown organisation " + group));
			if (user.password() != null && !acceptPasswords) {
				mistakes.add(where + " has a password: passwords are accepted in the demo directory only");
			}
		}
		return mistakes;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
