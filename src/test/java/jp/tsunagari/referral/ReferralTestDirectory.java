package jp.tsunagari.referral;

import java.util.ArrayList;
import java.util.List;

import jp.tsunagari.directory.Organisation;
import jp.tsunagari.directory.OrganisationDirectory;
import jp.tsunagari.directory.OrganisationKind;

/** The part of the demo directory the case models route to, as the directory file would load it. */
public final class ReferralTestDirectory {

	private ReferralTestDirectory() {
	}

	public static OrganisationDirectory demo() {
		List<Organisation> organisations = new ArrayList<>();
		organisations.add(organisation(NabariReferral.CENTRE_GROUP, "地域包括支援センター", OrganisationKind.CITY_SECTION));
		for (int district = 1; district <= 15; district++) {
			String number = "%02d".formatted(district);
			organisations.add(organisation("machi-hokenshitsu-" + number, "まちの保健室（第" + district + "地区）",
					OrganisationKind.DISTRICT_OFFICE));
			organisations.add(organisation("community-organisation-" + number, "地域づくり組織（第" + district + "地区）",
					OrganisationKind.EXTERNAL_ORGANISATION));
		}
		organisations.add(organisation("welfare-commissioners", "民生委員・児童委員", OrganisationKind.EXTERNAL_ORGANISATION));
		organisations.add(organisation("link-workers", "リンクワーカー", OrganisationKind.EXTERNAL_ORGANISATION));
		organisations.add(organisation("area-director-council", "エリアディレクター会議", OrganisationKind.COUNCIL));
		for (String[] field : new String[][] { { "elderly", "高齢" }, { "disability", "障がい" }, { "children", "児童" },
				{ "poverty", "困窮" }, { "education", "教育" } }) {
			organisations.add(new Organisation("area-director-" + field[0], "エリアディレクター（" + field[1] + "）",
					OrganisationKind.COUNCIL, "area-director-council", null, null, List.of(field[0])));
		}
		for (String id : List.of("health-welfare-social-affairs", "support-liaison-council", "social-welfare-council",
				"ward-aoba-health-welfare-centre", "outreach-contractor")) {
			organisations.add(organisation(id, id, OrganisationKind.CITY_SECTION));
		}
		return new OrganisationDirectory(organisations);
	}

	private static Organisation organisation(String id, String name, OrganisationKind kind) {
		return new Organisation(id, name, kind, null, null, null, null);
	}

}
