package jp.tsunagari.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class ProgrammeRegisterTest {

	private static final SectionGroups GROUPS = SectionGroups.read(new ByteArrayInputStream("""
			sections:
			  危機管理局減災推進課: [disaster-reduction]
			  健康福祉局社会課・仙台市社会福祉協議会: [health-welfare-social-affairs, social-welfare-council]
			""".getBytes(StandardCharsets.UTF_8)), "test mapping");

	private static final String HEADER = "sheet_seq,fiscal_year,policy_direction_code,priority_measure,programme_no,"
			+ "programme_name,responsible_section\n";

	@Test
	void readsTheSeedsThirtyEightSheetsWithTheirGroups() {
		ProgrammeRegister register = ProgrammeRegister.load(new ClassPathResource(SeedSheets.REGISTER),
				new ClassPathResource(SeedSheets.SECTION_GROUPS));

		List<EvaluationProgramme> programmes = register.programmesFor(2020);
		assertThat(programmes).hasSize(38);
		assertThat(programmes.get(0)).isEqualTo(new EvaluationProgramme("1", "1-4", "仙台の強みを活かした新たな担い手の育成", "1",
				"地域防災リーダー養成・支援事業", "危機管理局減災推進課", List.of("disaster-reduction")));
		assertThat(programmes).filteredOn(programme -> programme.id().equals("12"))
			.singleElement()
			.extracting(EvaluationProgramme::groups)
			.isEqualTo(List.of("health-welfare-social-affairs", "social-welfare-council"));
		assertThat(programmes).filteredOn(programme -> programme.id().equals("22"))
			.singleElement()
			.extracting(EvaluationProgramme::groups)
			.isEqualTo(List.of("ward-wakabayashi-community-development"));
		// the register's rows in their order, as the seed files the sheets
		assertThat(programmes).extracting(EvaluationProgramme::id)
			.containsExactly(SeedSheets.rows().stream().map(row -> row.get("sheet_seq")).toArray(String[]::new));
	}

	@Test
	void evaluatesRowsWithoutAYearEveryYearAndOthersInTheirYearOnly() throws IOException {
		ProgrammeRegister register = read(HEADER + """
				1,2020,1-4,担い手の育成,1,防災リーダー,危機管理局減災推進課
				2,,2-2,CSW,1,"CSWの育成, 強化",健康福祉局社会課・仙台市社会福祉協議会
				3,2021,1-4,担い手の育成,2,翌年度の事業,危機管理局減災推進課
				""");

		assertThat(register.programmesFor(2020)).extracting(EvaluationProgramme::id).containsExactly("1", "2");
		assertThat(register.programmesFor(2021)).extracting(EvaluationProgramme::id).containsExactly("2", "3");
		assertThat(register.programmesFor(2020).get(1).name()).isEqualTo("CSWの育成, 強化");
	}

	@Test
	void refusesAYearWithoutAnySheet() throws IOException {
		ProgrammeRegister register = read(HEADER + """
				1,2020,1-4,担い手の育成,1,防災リーダー,危機管理局減災推進課
				""");

		assertThatThrownBy(() -> register.programmesFor(2019)).isInstanceOf(InvalidRegisterException.class)
			.hasMessageContaining("no programme for the fiscal year 2019 (令和元年度)");
	}

	@Test
	void listsEveryMistakeOfABrokenRegister() {
		assertThatThrownBy(() -> read(HEADER + """
				1,2020,1-4,担い手の育成,1,防災リーダー,危機管理局減災推進課
				1,2020,1-4,担い手の育成,2,重複,危機管理局減災推進課
				,2020,1-4,担い手の育成,3,番号なし,危機管理局減災推進課
				4,令和2,1-4,担い手の育成,4,年度が数字でない,危機管理局減災推進課
				5,2020,1-4,担い手の育成,5,,存在しない課
				""")).isInstanceOf(InvalidRegisterException.class)
			.hasMessageContaining("test register:")
			.hasMessageContaining("row 3 (sheet_seq 1) repeats an id")
			.hasMessageContaining("row 4 has no sheet_seq")
			.hasMessageContaining("row 5 (sheet_seq 4) has a fiscal_year that is not a year: 令和2")
			.hasMessageContaining("row 6 (sheet_seq 5) has no programme_name")
			.hasMessageContaining("row 6 (sheet_seq 5): the section 「存在しない課」 has no groups in the section mapping");
	}

	@Test
	void rejectsARegisterWithoutTheRequiredColumns() {
		assertThatThrownBy(() -> read("sheet_seq,programme_name\n1,防災リーダー\n"))
			.isInstanceOf(InvalidRegisterException.class)
			.hasMessageContaining("the column responsible_section is missing")
			.hasMessageContaining("the column policy_direction_code is missing");
	}

	@Test
	void namesTheFileThatCannotBeRead() {
		assertThatThrownBy(() -> ProgrammeRegister.load(new ClassPathResource("evaluation/no-such-register.csv"),
				new ClassPathResource(SeedSheets.SECTION_GROUPS)))
			.isInstanceOf(InvalidRegisterException.class)
			.hasMessageContaining("no-such-register.csv");
		assertThatThrownBy(() -> ProgrammeRegister.load(new ClassPathResource(SeedSheets.REGISTER),
				new ByteArrayResource("sections: [".getBytes(StandardCharsets.UTF_8), "broken mapping")))
			.isInstanceOf(InvalidRegisterException.class)
			.hasMessageContaining("broken mapping");
	}

	@Test
	void turnsTheYearsSheetsIntoProcessVariables() throws IOException {
		ProgrammeRegister register = read(HEADER + """
				1,,1-4,担い手の育成,1,防災リーダー,危機管理局減災推進課
				""");

		Map<String, Object> variables = register.assignmentsFor(2020).variables();

		assertThat(variables).containsEntry(SelfEvaluation.PROGRAMME_COUNT, 1)
			.containsEntry(SelfEvaluation.FISCAL_YEAR_LABEL, "令和2年度")
			.containsEntry(SelfEvaluation.NEXT_FISCAL_YEAR_LABEL, "令和3年度");
		// a class the engine can create again from the stored type name: not an immutable list
		assertThat(variables.get(SelfEvaluation.PROGRAMMES)).isExactlyInstanceOf(ArrayList.class);
		assertThat((List<?>) variables.get(SelfEvaluation.PROGRAMMES)).singleElement()
			.isEqualTo(Map.of("id", "1", "policyDirection", "1-4", "priorityMeasure", "担い手の育成", "programmeNo", "1",
					"name", "防災リーダー", "section", "危機管理局減災推進課", "groups", List.of("disaster-reduction")));
	}

	private static ProgrammeRegister read(String csv) throws IOException {
		return ProgrammeRegister.read(new StringReader(csv), "test register", GROUPS);
	}

}
