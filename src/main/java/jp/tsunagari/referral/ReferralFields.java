package jp.tsunagari.referral;

import java.util.List;

import jp.tsunagari.directory.Organisation;
import jp.tsunagari.directory.OrganisationDirectory;

/**
 * The area-director fields as the directory defines them (organisations with {@code fields:}): a field is data, so
 * a sixth field is a directory entry plus rows of referral-fields.dmn.
 */
record ReferralFields(OrganisationDirectory directory) {

	/** The groups handling the field, e.g. area-director-education; empty for a field nobody handles. */
	List<String> groupsHandling(String field) {
		return directory.handlingField(field).stream().map(Organisation::id).toList();
	}

	/** What staff read for the field: the names of the organisations handling it. */
	String label(String field) {
		List<Organisation> handling = directory.handlingField(field);
		return handling.isEmpty() ? field : String.join("・", handling.stream().map(Organisation::name).toList());
	}

	boolean isDistrictGroup(String groupId) {
		return groupId.startsWith(NabariReferral.DISTRICT_GROUP_PREFIX) && directory.contains(groupId);
	}

	boolean contains(String groupId) {
		return directory.contains(groupId);
	}

}
