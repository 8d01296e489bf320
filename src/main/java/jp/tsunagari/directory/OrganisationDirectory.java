package jp.tsunagari.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organisations of the municipality as loaded from its directory file: what other features ask when they route
 * work to a department, a district or a field.
 */
public class OrganisationDirectory {

	private final Map<String, Organisation> byId = new LinkedHashMap<>();

	public OrganisationDirectory(List<Organisation> organisations) {
		organisations.forEach(organisation -> byId.put(organisation.id(), organisation));
	}

	public List<Organisation> organisations() {
		return List.copyOf(byId.values());
	}

	public Optional<Organisation> find(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	public boolean contains(String id) {
		return byId.containsKey(id);
	}

	/** The organisations handling an area-director field, e.g. {@code education}. */
	public List<Organisation> handlingField(String field) {
		return byId.values().stream().filter(organisation -> organisation.fields().contains(field)).toList();
	}

}
