package jp.tsunagari.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.Resource;

/**
 * The programmes of the welfare plan that are evaluated each year, read from a CSV register (one row per sheet, as
 * seed 003 files them) and resolved to the groups that write each sheet. A register with any mistake is rejected
 * whole, with every mistake listed, so an evaluation never starts on half a register.
 *
 * <p>Columns read: {@code sheet_seq} (key), {@code policy_direction_code}, {@code priority_measure},
 * {@code programme_no}, {@code programme_name}, {@code responsible_section}, and optionally {@code fiscal_year}: a
 * row with a year is evaluated in that year only, a row without one every year. Other columns are ignored.
 */
final class ProgrammeRegister {

	static final String ID = "sheet_seq";

	static final String FISCAL_YEAR = "fiscal_year";

	private static final List<String> REQUIRED_COLUMNS = List.of(ID, "policy_direction_code", "priority_measure",
			"programme_no", "programme_name", "responsible_section");

	private record Entry(Integer fiscalYear, EvaluationProgramme programme) {
	}

	private final List<Entry> entries;

	private ProgrammeRegister(List<Entry> entries) {
		this.entries = entries;
	}

	/** Reads the register and the section mapping from Spring resources (classpath:, file:, ...). */
	static ProgrammeRegister load(Resource register, Resource sectionGroups) {
		SectionGroups groups;
		try (InputStream in = sectionGroups.getInputStream()) {
			groups = SectionGroups.read(in, sectionGroups.getDescription());
		}
		catch (IOException ex) {
			throw new InvalidRegisterException(sectionGroups.getDescription() + ": " + ex.getMessage());
		}
		try (Reader in = new InputStreamReader(register.getInputStream(), StandardCharsets.UTF_8)) {
			return read(in, register.getDescription(), groups);
		}
		catch (IOException ex) {
			throw new InvalidRegisterException(register.getDescription() + ": " + ex.getMessage());
		}
	}

	static ProgrammeRegister read(Reader csv, String description, SectionGroups groups) throws IOException {
		CsvTable table = CsvTable.read(csv);
		List<String> mistakes = new ArrayList<>();
		REQUIRED_COLUMNS.stream()
			.filter(column -> !table.hasColumn(column))
			.forEach(column -> mistakes.add("the column " + column + " is missing"));
		if (!mistakes.isEmpty()) {
			throw invalid(description, mistakes);
		}
		List<Entry> entries = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (int row = 0; row < table.size(); row++) {
			String where = "row " + (row + 2);
			String id = table.value(row, ID).orElse(null);
			if (id == null) {
				mistakes.add(where + " has no " + ID);
				continue;
			}
			where = where + " (" + ID + " " + id + ")";
			if (!ids.add(id)) {
				mistakes.add(where + " repeats an id");
			}
			for (String column : REQUIRED_COLUMNS) {
				if (table.value(row, column).isEmpty()) {
					mistakes.add(where + " has no " + column);
				}
			}
			String section = table.value(row, "responsible_section").orElse("");
			List<String> sectionGroups = groups.groupsOf(section).orElse(List.of());
			if (!section.isEmpty() && sectionGroups.isEmpty()) {
				mistakes.add(where + ": the section 「" + section + "」 has no groups in the section mapping");
			}
			Integer fiscalYear = null;
			String year = table.value(row, FISCAL_YEAR).orElse(null);
			if (year != null) {
				try {
					fiscalYear = Integer.valueOf(year);
				}
				catch (NumberFormatException ex) {
					mistakes.add(where + " has a " + FISCAL_YEAR + " that is not a year: " + year);
				}
			}
			entries.add(new Entry(fiscalYear,
					new EvaluationProgramme(id, table.value(row, "policy_direction_code").orElse(""),
							table.value(row, "priority_measure").orElse(""), table.value(row, "programme_no").orElse(""),
							table.value(row, "programme_name").orElse(""), section, sectionGroups)));
		}
		if (!mistakes.isEmpty()) {
			throw invalid(description, mistakes);
		}
		return new ProgrammeRegister(List.copyOf(entries));
	}

	/** The sheets of one fiscal year, in register order. A year without any sheet is a mistake in the register. */
	List<EvaluationProgramme> programmesFor(int fiscalYear) {
		List<EvaluationProgramme> programmes = entries.stream()
			.filter(entry -> entry.fiscalYear() == null || entry.fiscalYear() == fiscalYear)
			.map(Entry::programme)
			.toList();
		if (programmes.isEmpty()) {
			throw new InvalidRegisterException("The programme register has no programme for the fiscal year "
					+ fiscalYear + " (" + JapaneseFiscalYear.label(fiscalYear) + ")");
		}
		return programmes;
	}

	/** What the evaluation of one fiscal year starts from: its sheets and the year's names. */
	SheetAssignments assignmentsFor(int fiscalYear) {
		return new SheetAssignments(fiscalYear, programmesFor(fiscalYear));
	}

	private static InvalidRegisterException invalid(String description, List<String> mistakes) {
		return new InvalidRegisterException(description + ":\n- " + String.join("\n- ", mistakes));
	}

}
