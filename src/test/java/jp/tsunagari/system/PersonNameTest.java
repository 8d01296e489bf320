package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

class PersonNameTest {

	@Test
	void familyNameFirst() {
		assertThat(PersonName.of(user("sato", "佐藤", "花子"))).isEqualTo("佐藤 花子");
	}

	@Test
	void aSingleNameStandsAlone() {
		assertThat(PersonName.of(user("kyoto", "京都府", null))).isEqualTo("京都府");
		assertThat(PersonName.of(user("hana", " ", "花子 "))).isEqualTo("花子");
	}

	@Test
	void aUserWithoutNameIsShownByTheirId() {
		assertThat(PersonName.of(user("worker", null, ""))).isEqualTo("worker");
	}

	private static User user(String id, String firstName, String lastName) {
		User user = new UserEntity(id);
		user.setFirstName(firstName);
		user.setLastName(lastName);
		return user;
	}

}
