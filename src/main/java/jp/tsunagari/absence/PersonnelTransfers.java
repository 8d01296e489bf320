package jp.tsunagari.absence;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.tsunagari.absence.MembershipSnapshot.Membership;

/**
 * Detects personnel transfers (人事異動) by comparing the memberships Camunda's IdentityService reports now (from our
 * directory file or, read-only, from LDAP) with those seen last ({@link MembershipSnapshot}): a membership gone is a
 * move out of that group, whose tasks still assigned to the person go back to the group ({@link TransferredTasks}).
 * It reads the directory itself, so it does not depend on the directory's own synchronisation running. Each change
 * is its own transaction, claimed by deleting or inserting its snapshot row: of several nodes only one handles it.
 * A directory that answers with no membership at all is taken for a directory that is not there, not for everyone
 * having left: nothing is changed then.
 */
class PersonnelTransfers {

	private static final Logger LOG = LoggerFactory.getLogger(PersonnelTransfers.class);

	private final IdentityService identity;

	private final MembershipSnapshot snapshot;

	private final TransferredTasks transferred;

	private final ClaimedWork work;

	PersonnelTransfers(IdentityService identity, MembershipSnapshot snapshot, TransferredTasks transferred,
			ClaimedWork work) {
		this.identity = identity;
		this.snapshot = snapshot;
		this.transferred = transferred;
		this.work = work;
	}

	void detect() {
		Set<Membership> now = new HashSet<>();
		for (Group group : identity.createGroupQuery().list()) {
			for (User member : identity.createUserQuery().memberOfGroup(group.getId()).list()) {
				now.add(new Membership(member.getId(), group.getId()));
			}
		}
		if (now.isEmpty()) {
			LOG.warn("The directory reports no membership at all; transfers are not checked until it does.");
			return;
		}
		Set<Membership> before = snapshot.all();
		for (Membership gone : before) {
			if (!now.contains(gone)) {
				work.run(gone, () -> {
					if (snapshot.remove(gone)) {
						int returned = transferred.returnToQueue(gone.userId(), gone.groupId(), groupName(gone))
							.size();
						LOG.info("Transfer: {} left group {}; {} task(s) back in the group's queue", gone.userId(),
								gone.groupId(), returned);
					}
				});
			}
		}
		Set<Membership> added = new HashSet<>(now);
		added.removeAll(before);
		if (!added.isEmpty()) {
			// one transaction for the first run's thousands of rows; one each after a collision with another node
			work.run("the new memberships", () -> added.forEach(snapshot::add), () -> added
				.forEach(membership -> work.run(membership, () -> snapshot.add(membership))));
		}
	}

	/** The group's Japanese name, or its id if the directory no longer has it. */
	private String groupName(Membership membership) {
		Group group = identity.createGroupQuery().groupId(membership.groupId()).singleResult();
		return group == null || group.getName() == null ? membership.groupId() : group.getName();
	}

}
