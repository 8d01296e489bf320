package jp.tsunagari.system;

import java.util.List;

/**
 * Which groups may open some of our own pages, declared by the feature that serves them as a bean in its own
 * configuration, beside the controller. {@link SecurityConfiguration} applies every such rule, in bean order (the
 * first matching path wins), after the open pages (login, {@code /public/**}) and before the default that any page
 * needs a signed-in user: a signed-in user outside the groups gets 403, an anonymous one the login page (401 under
 * {@code /api/}). The start page's menu asks the same rules which links to show.
 * <p>
 * Only rules that name groups belong here; a check that depends on the data (a case, a survey, an open task) stays
 * with the feature.
 *
 * @param paths path patterns ({@code /progress}, {@code /progress/**}) of the pages
 * @param groups ids of the directory groups whose members may open them
 */
public record PageAccess(List<String> paths, List<String> groups) {

	public PageAccess {
		paths = List.copyOf(paths);
		groups = List.copyOf(groups);
		if (paths.isEmpty() || groups.isEmpty()) {
			throw new IllegalArgumentException("a page rule needs paths and groups: " + paths + " " + groups);
		}
		for (String path : paths) {
			if (!path.startsWith("/")) {
				throw new IllegalArgumentException("a page path starts with /: " + path);
			}
		}
	}

}
