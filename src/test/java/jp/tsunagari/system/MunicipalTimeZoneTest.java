package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.TimeZone;

import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class MunicipalTimeZoneTest {

	private TimeZone original;

	@BeforeEach
	void aHostSetToUtc() {
		original = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
	}

	@AfterEach
	void restoreTheZone() {
		TimeZone.setDefault(original);
	}

	@Test
	void onAUtcHostTheSurveyDeadlineClosesAtTheEndOfTheDayInJapan() {
		new MunicipalTimeZone().postProcessEnvironment(new MockEnvironment(), new SpringApplication());

		assertThat(TimeZone.getDefault().toZoneId()).isEqualTo(ZoneId.of("Asia/Tokyo"));
		// the response deadline timer of survey-rollout: ${responseDeadline}T23:59:59, read as the engine reads it
		assertThat(new DueDateBusinessCalendar().resolveDuedate("2027-02-15T23:59:59").toInstant())
			.isEqualTo(Instant.parse("2027-02-15T14:59:59Z"));
	}

	@Test
	void aMunicipalityElsewhereSetsItsOwnZone() {
		new MunicipalTimeZone().postProcessEnvironment(
				new MockEnvironment().withProperty("tsunagari.time-zone", "Pacific/Guam"), new SpringApplication());

		assertThat(TimeZone.getDefault().toZoneId()).isEqualTo(ZoneId.of("Pacific/Guam"));
	}

}
