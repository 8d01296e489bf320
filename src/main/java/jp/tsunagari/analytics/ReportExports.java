package jp.tsunagari.analytics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report table as CSV (UTF-8 with a byte-order mark, so Excel reads the Japanese) or as an Excel workbook. Cells
 * are written as the table rounded them ({@code 12}, {@code 3.5}).
 */
final class ReportExports {

	private ReportExports() {
	}

	static byte[] csv(ReportTable table) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		line(csv, table.headers());
		table.rows().forEach(row -> line(csv, row));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder csv, List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			Object cell = cells.get(i);
			String text = cell == null ? "" : cell instanceof BigDecimal decimal ? decimal.toPlainString() : cell.toString();
			csv.append(text.matches(".*[,\"\\r\\n].*") ? '"' + text.replace("\"", "\"\"") + '"' : text);
		}
		csv.append("\r\n");
	}

	static byte[] excel(ReportTable table) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(table.name());
			sheet.createRow(0).createCell(0).setCellValue(table.title());
			Cells cells = new Cells(workbook);
			cells.write(sheet.createRow(2), table.headers());
			for (int i = 0; i < table.rows().size(); i++) {
				cells.write(sheet.createRow(3 + i), table.rows().get(i));
			}
			sheet.createFreezePane(0, 3);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Numbers stay numbers, shown as the table rounded them: counts whole, durations with one decimal. */
	private record Cells(CellStyle whole, CellStyle oneDecimal) {

		Cells(XSSFWorkbook workbook) {
			this(style(workbook, "0"), style(workbook, "0.0"));
		}

		private static CellStyle style(XSSFWorkbook workbook, String format) {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat(format));
			return style;
		}

		void write(Row row, List<?> values) {
			for (int i = 0; i < values.size(); i++) {
				Object value = values.get(i);
				if (value instanceof Number number) {
					Cell cell = row.createCell(i);
					cell.setCellValue(number.doubleValue());
					cell.setCellStyle(value instanceof BigDecimal ? oneDecimal : whole);
				}
				else if (value != null) {
					row.createCell(i).setCellValue(value.toString());
				}
			}
		}

	}

}
