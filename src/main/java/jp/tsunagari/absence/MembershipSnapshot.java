package jp.tsunagari.absence;

import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/** The memberships last seen in the directory ({@code TSG_MEMBERSHIP_SNAPSHOT}), as (user, group) pairs. */
class MembershipSnapshot {

	private final JdbcTemplate jdbc;

	MembershipSnapshot(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Set<Membership> all() {
		return new HashSet<>(jdbc.query("SELECT USER_ID, GROUP_ID FROM TSG_MEMBERSHIP_SNAPSHOT",
				(row, number) -> new Membership(row.getString(1), row.getString(2))));
	}

	/** Fails on a pair another node has just added: that node's run records it. */
	void add(Membership membership) {
		jdbc.update("INSERT INTO TSG_MEMBERSHIP_SNAPSHOT (USER_ID, GROUP_ID) VALUES (?, ?)", membership.userId(),
				membership.groupId());
	}

	/** True for the one caller (of several nodes) that removed the pair, which then handles the transfer. */
	boolean remove(Membership membership) {
		return jdbc.update("DELETE FROM TSG_MEMBERSHIP_SNAPSHOT WHERE USER_ID = ? AND GROUP_ID = ?",
				membership.userId(), membership.groupId()) == 1;
	}

	record Membership(String userId, String groupId) {
	}

}
