package jp.tsunagari.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

class SectionGroupsTest {

	@Test
	void mapsEverySectionOfTheSeedToGroupsOfTheDemoDirectory() throws IOException {
		SectionGroups mapping = shipped();
		Set<String> directoryGroups = directoryGroups();

		Set<String> sections = SeedSheets.rows()
			.stream()
			.map(row -> row.get("responsible_section"))
			.collect(Collectors.toSet());
		assertThat(sections).hasSize(19);
		for (String section : sections) {
			assertThat(mapping.groupsOf(section)).as("groups of %s", section).isPresent();
			assertThat(directoryGroups).as("directory groups for %s", section).containsAll(mapping.groupsOf(section).get());
		}
		// the 19 section strings name 18 organisational units (two are joint entries)
		assertThat(sections.stream().flatMap(section -> mapping.groupsOf(section).get().stream()).distinct())
			.hasSize(18);
	}

	@Test
	void resolvesJointAndWardSections() throws IOException {
		SectionGroups mapping = shipped();

		assertThat(mapping.groupsOf("危機管理局減災推進課")).contains(List.of("disaster-reduction"));
		assertThat(mapping.groupsOf("仙台市社会福祉協議会")).contains(List.of("social-welfare-council"));
		assertThat(mapping.groupsOf("健康福祉局社会課・仙台市社会福祉協議会"))
			.contains(List.of("health-welfare-social-affairs", "social-welfare-council"));
		assertThat(mapping.groupsOf("健康福祉局総務課・社会課"))
			.contains(List.of("health-welfare-general-affairs", "health-welfare-social-affairs"));
		// the register writes a full-width space; the mapping need not
		assertThat(mapping.groupsOf("若林区　まちづくり推進課")).contains(List.of("ward-wakabayashi-community-development"));
		assertThat(mapping.groupsOf("若林区 まちづくり推進課")).contains(List.of("ward-wakabayashi-community-development"));
		assertThat(mapping.groupsOf("存在しない課")).isEmpty();
	}

	@Test
	void acceptsASingleGroupWithoutBrackets() {
		SectionGroups mapping = read("sections:\n  総務課: general-affairs\n");

		assertThat(mapping.groupsOf("総務課")).contains(List.of("general-affairs"));
	}

	@Test
	void rejectsASectionWithoutGroupsOrAFileWithoutSections() {
		assertThatThrownBy(() -> read("sections:\n  総務課: []\n")).isInstanceOf(InvalidRegisterException.class)
			.hasMessageContaining("section 総務課 has no group ids");
		assertThatThrownBy(() -> read("groups: {}\n")).isInstanceOf(InvalidRegisterException.class)
			.hasMessageContaining("no 'sections' mapping");
	}

	private static SectionGroups shipped() throws IOException {
		try (InputStream in = new ClassPathResource(SeedSheets.SECTION_GROUPS).getInputStream()) {
			return SectionGroups.read(in, SeedSheets.SECTION_GROUPS);
		}
	}

	private static SectionGroups read(String yaml) {
		return SectionGroups.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test mapping");
	}

	private static Set<String> directoryGroups() throws IOException {
		try (InputStream in = new ClassPathResource("directory/demo-municipality.yaml").getInputStream()) {
			return Set.copyOf(new YAMLMapper().readTree(in).path("organisations").findValuesAsText("id"));
		}
	}

}
