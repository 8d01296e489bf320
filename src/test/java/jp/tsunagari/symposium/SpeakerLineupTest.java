package jp.tsunagari.symposium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SpeakerLineupTest {

	@Test
	void readsRoleNameAndAffiliationInFullOrHalfWidth() {
		List<Map<String, Object>> invitations = SpeakerLineup.invitations("""
				基調講演：大西 連（内閣官房孤独・孤立対策担当室 政策参与）
				パネリスト: 永野 健太 (株式会社ユカリエ)

				立岡 学
				""");

		assertThat(invitations).containsExactly(
				Map.of("role", "基調講演", "candidate", "大西 連", "affiliation", "内閣官房孤独・孤立対策担当室 政策参与"),
				Map.of("role", "パネリスト", "candidate", "永野 健太", "affiliation", "株式会社ユカリエ"),
				Map.of("role", SpeakerLineup.DEFAULT_ROLE, "candidate", "立岡 学", "affiliation", ""));
	}

	@Test
	void namesTheLineItCannotRead() {
		assertThatThrownBy(() -> SpeakerLineup.invitations("基調講演：大西 連\nパネリスト：（所属だけ）"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("2行目");
	}

	@Test
	void needsOneToTwentySpeakers() {
		assertThatThrownBy(() -> SpeakerLineup.invitations(null)).hasMessageContaining("1名以上");
		assertThatThrownBy(() -> SpeakerLineup.invitations("a\n".repeat(21))).hasMessageContaining("20名まで");
	}

}
