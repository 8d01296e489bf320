package jp.tsunagari.directory;

/**
 * What an entry of the organisation directory is. Stored as the Camunda group type, so Admin shows it.
 */
public enum OrganisationKind {

	/** A section (課) or bureau (局) of the city hall. */
	CITY_SECTION,
	/** An office serving one district or ward: 区保健福祉センター, まちの保健室. */
	DISTRICT_OFFICE,
	/** An organisation outside the administration: 社会福祉協議会, 地域づくり組織, 民生委員. */
	EXTERNAL_ORGANISATION,
	/** A contractor (委託事業者) working for the city under contract. */
	CONTRACTOR,
	/** A council or meeting body: エリアディレクター会議, 審議会 分科会. */
	COUNCIL,
	/** A role that is not a department: managers, analysts. */
	ROLE

}
