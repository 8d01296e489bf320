package jp.tsunagari.survey;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records of a decoded CSV text, each with the line it starts on, so that a bad row can be reported by
 * the row number a spreadsheet shows. An unterminated quote is an error, not a silently swallowed rest of file.
 */
final class CsvRecords {

	record Record(int line, List<String> cells) {
	}

	static final class UnterminatedQuoteException extends Exception {

		private final int line;

		UnterminatedQuoteException(int line) {
			super("Unterminated quote in the record starting on line " + line);
			this.line = line;
		}

		int line() {
			return line;
		}

	}

	private CsvRecords() {
	}

	static List<Record> parse(String text) throws UnterminatedQuoteException {
		List<Record> records = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int recordLine = 1;
		int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					line += c == '\n' ? 1 : 0;
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(field.toString());
				field.setLength(0);
				addUnlessBlank(records, new Record(recordLine, cells));
				cells = new ArrayList<>();
				line++;
				recordLine = line;
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new UnterminatedQuoteException(recordLine);
		}
		cells.add(field.toString());
		addUnlessBlank(records, new Record(recordLine, cells));
		return records;
	}

	private static void addUnlessBlank(List<Record> records, Record record) {
		if (!record.cells().stream().allMatch(String::isBlank)) {
			records.add(record);
		}
	}

}
