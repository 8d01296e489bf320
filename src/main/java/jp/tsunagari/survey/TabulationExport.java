package jp.tsunagari.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The tabulation as the analyst downloads it: an Excel workbook (集計, 自由記述) or a CSV file (UTF-8 with BOM). */
final class TabulationExport {

	private static final List<String> HEADER = List.of("設問", "設問文", "選択肢", "件数", "割合(%)", "回答者数");

	private TabulationExport() {
	}

	static byte[] xlsx(Tabulation tabulation) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet counts = workbook.createSheet("集計");
			int r = 0;
			r = row(counts, r, List.of(tabulation.title()));
			r = row(counts, r, List.of("配布数", tabulation.recipients()));
			r = row(counts, r, List.of("回答数", tabulation.responses()));
			r = row(counts, r, List.of("回答率(%)", tabulation.responseRate().doubleValue()));
			r = row(counts, r + 1, List.copyOf(HEADER));
			for (Tabulation.QuestionResult result : tabulation.questions()) {
				for (Tabulation.OptionCount option : result.options()) {
					r = row(counts, r, List.of(result.question().id(), result.question().text(), option.label(),
							option.count(), option.percent().doubleValue(), result.answered()));
				}
			}
			Sheet texts = workbook.createSheet("自由記述");
			int t = row(texts, 0, List.of("設問", "設問文", "回答"));
			for (Tabulation.QuestionResult result : tabulation.questions()) {
				for (String text : result.texts()) {
					t = row(texts, t, List.of(result.question().id(), result.question().text(), text));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static byte[] csv(Tabulation tabulation) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		line(csv, List.of("配布数", tabulation.recipients(), "回答数", tabulation.responses(), "回答率(%)",
				tabulation.responseRate().toPlainString()));
		line(csv, List.copyOf(HEADER));
		for (Tabulation.QuestionResult result : tabulation.questions()) {
			for (Tabulation.OptionCount option : result.options()) {
				line(csv, List.of(result.question().id(), result.question().text(), option.label(), option.count(),
						option.percent().toPlainString(), result.answered()));
			}
			for (String text : result.texts()) {
				line(csv, List.of(result.question().id(), result.question().text(), text, "", "", result.answered()));
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static int row(Sheet sheet, int index, List<?> values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i) instanceof Number number) {
				row.createCell(i).setCellValue(number.doubleValue());
			}
			else {
				row.createCell(i).setCellValue(String.valueOf(values.get(i)));
			}
		}
		return index + 1;
	}

	private static void line(StringBuilder csv, List<?> values) {
		csv.append(String.join(",", values.stream().map(value -> quote(String.valueOf(value))).toList())).append("\r\n");
	}

	/** Quoted always; a leading =, +, - or @ is defused so a spreadsheet never runs an answer as a formula. */
	private static String quote(String value) {
		String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
