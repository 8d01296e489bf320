package jp.tsunagari.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV file with a header row (RFC 4180: quoted fields may hold commas, line breaks and doubled quotes), read
 * into rows addressed by column name. Enough for registers exported from a spreadsheet; a UTF-8 BOM is skipped.
 */
final class CsvTable {

	private final List<String> header;

	private final List<List<String>> rows;

	private CsvTable(List<String> header, List<List<String>> rows) {
		this.header = header;
		this.rows = rows;
	}

	static CsvTable read(Reader reader) throws IOException {
		List<List<String>> records = parse(reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader));
		if (records.isEmpty()) {
			return new CsvTable(List.of(), List.of());
		}
		List<String> header = records.get(0).stream().map(String::strip).toList();
		return new CsvTable(header, records.subList(1, records.size()));
	}

	boolean hasColumn(String column) {
		return header.contains(column);
	}

	int size() {
		return rows.size();
	}

	/** The value of a column in a row (0-based, header excluded); empty when the column or cell is missing. */
	Optional<String> value(int row, String column) {
		int index = header.indexOf(column);
		List<String> cells = rows.get(row);
		if (index < 0 || index >= cells.size()) {
			return Optional.empty();
		}
		String value = cells.get(index).strip();
		return value.isEmpty() ? Optional.empty() : Optional.of(value);
	}

	Map<String, String> row(int row) {
		Map<String, String> values = new HashMap<>();
		for (String column : header) {
			values.put(column, value(row, column).orElse(""));
		}
		return values;
	}

	private static List<List<String>> parse(BufferedReader reader) throws IOException {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean first = true;
		int c;
		while ((c = reader.read()) != -1) {
			if (first && c == '\uFEFF') {
				first = false;
				continue;
			}
			first = false;
			if (quoted) {
				if (c == '"') {
					reader.mark(1);
					int next = reader.read();
					if (next == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						if (next != -1) {
							reader.reset();
						}
					}
				}
				else {
					field.append((char) c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r') {
					reader.mark(1);
					if (reader.read() != '\n') {
						reader.reset();
					}
				}
				record.add(field.toString());
				field.setLength(0);
				addUnlessBlank(records, record);
				record = new ArrayList<>();
			}
			else {
				field.append((char) c);
			}
		}
		record.add(field.toString());
		addUnlessBlank(records, record);
		return records;
	}

	private static void addUnlessBlank(List<List<String>> records, List<String> record) {
		if (!(record.size() == 1 && record.get(0).isBlank())) {
			records.add(record);
		}
	}

}
