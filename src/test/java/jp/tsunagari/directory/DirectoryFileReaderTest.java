package jp.tsunagari.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

class DirectoryFileReaderTest {

	@Test
	void readsTheDemoMunicipality() {
		DirectoryFile file = new DirectoryFileReader(true).read(new ClassPathResource("directory/demo-municipality.yaml"));

		OrganisationDirectory directory = new OrganisationDirectory(file.organisations());
		assertThat(directory.organisations()).filteredOn(o -> o.id().startsWith("machi-hokenshitsu-")).hasSize(15);
		assertThat(directory.organisations()).filteredOn(o -> o.id().startsWith("community-organisation-")).hasSize(15);
		assertThat(directory.handlingField("education")).extracting(Organisation::id)
			.containsExactly("area-director-education");
		assertThat(directory.find("social-welfare-council")).get()
			.extracting(Organisation::name, Organisation::kind)
			.containsExactly("社会福祉協議会", OrganisationKind.EXTERNAL_ORGANISATION);
		assertThat(directory.find("managers")).get().extracting(Organisation::access).isEqualTo(AccessProfile.MANAGER);
		assertThat(file.users()).allSatisfy(user -> assertThat(directory.organisations())
			.extracting(Organisation::id)
			.containsAll(user.groups()));
	}

	@Test
	void rejectsAFileWithMistakesListingEveryOne() {
		DirectoryFileReader reader = new DirectoryFileReader(false);

		assertThatThrownBy(() -> reader.read(new ClassPathResource("directory/broken.yaml")))
			.isInstanceOf(InvalidDirectoryException.class)
			.hasMessageContaining("organisation general-affairs is listed twice")
			.hasMessageContaining("organisation orphan has an unknown parent nowhere")
			.hasMessageContaining("organisation nameless has no name")
			.hasMessageContaining("user aoki is in an unknown organisation no-such-group")
			.hasMessageContaining("user aoki has a password: passwords are accepted in the demo directory only");
	}

	@Test
	void acceptsPasswordsOnlyWhereAllowed() {
		ClassPathResource smallTown = new ClassPathResource("directory/small-town.yaml");

		assertThat(new DirectoryFileReader(true).read(smallTown).users()).extracting(DirectoryUser::password)
			.containsExactly("aoki", "baba");
		assertThatThrownBy(() -> new DirectoryFileReader(false).read(smallTown))
			.hasMessageContaining("user aoki has a password");
	}

	@Test
	void rejectsAnUnknownKey() {
		assertThatThrownBy(() -> new DirectoryFileReader(true).read(new ClassPathResource("directory/no-such-file.yaml")))
			.isInstanceOf(InvalidDirectoryException.class)
			.hasMessageContaining("no-such-file.yaml");
	}

	@Test
	void splitsJapaneseNamesFamilyNameFirst() {
		DirectoryUser user = new DirectoryUser("sato", "佐藤 花子", null, null, null);

		assertThat(user.familyName()).isEqualTo("佐藤");
		assertThat(user.givenName()).isEqualTo("花子");
	}

}
