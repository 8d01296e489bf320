package jp.tsunagari.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The municipality type is written in configuration as the DMN compares it. */
class ProcurementPropertiesTest {

	@Test
	void aMunicipalityConfiguresItsColumnOfTheTable() {
		ProcurementProperties properties = bind(Map.of("tsunagari.procurement.municipality-type", "other",
				"tsunagari.procurement.progress-meeting-cycle", "R/P10D"));

		assertThat(properties.municipalityType()).isEqualTo(MunicipalityType.OTHER);
		assertThat(properties.municipalityType().value()).isEqualTo("other");
		assertThat(properties.progressMeetingCycle()).isEqualTo("R/P10D");
	}

	@Test
	void theDemoCityIsADesignatedCityMeetingEveryTwoWeeks() {
		ProcurementProperties properties = bind(Map.of("tsunagari.procurement.municipality-type",
				"prefecture-or-designated-city"));

		assertThat(properties.municipalityType().value()).isEqualTo("prefecture-or-designated-city");
		assertThat(properties.progressMeetingCycle()).isEqualTo("R/P14D");
	}

	private static ProcurementProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings))
			.bindOrCreate("tsunagari.procurement", ProcurementProperties.class);
	}

}
