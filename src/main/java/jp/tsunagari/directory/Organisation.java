package jp.tsunagari.directory;

import java.util.List;

/**
 * One department, district office, outside organisation, contractor or council of the directory. Its id is the
 * Camunda group id that BPMN models name in {@code candidateGroups}.
 *
 * @param starts keys of the processes whose members may start instances
 * @param fields area-director fields (高齢, 障がい …) that this organisation handles, for routing tables
 */
public record Organisation(String id, String name, OrganisationKind kind, String parent, AccessProfile access,
		List<String> starts, List<String> fields) {

	public Organisation {
		access = access == null ? AccessProfile.STAFF : access;
		starts = starts == null ? List.of() : List.copyOf(starts);
		fields = fields == null ? List.of() : List.copyOf(fields);
	}

}
