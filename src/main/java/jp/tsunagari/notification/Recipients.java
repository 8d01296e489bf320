package jp.tsunagari.notification;

import java.util.Collection;

/**
 * Who hears of a task: by default ({@link GroupRecipients}) its assignee, or while it is unassigned its candidate
 * users and the members of its candidate groups. The seam for features that widen it (a substitute of an absent
 * colleague): a bean of this type replaces the default.
 */
public interface Recipients {

	Collection<Person> of(NotifiedTask task);

	/** Whom a late task is escalated to: the supervisors of its departments. */
	Collection<Person> supervisorsOf(NotifiedTask task);

}
