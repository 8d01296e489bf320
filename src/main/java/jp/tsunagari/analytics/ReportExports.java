package jp.tsunagari.analytics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A report table as CSV (UTF-8 with a byte-order mark, so Excel reads the Japanese) or as an Excel workbook. */
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
			String text = cell == null ? "" : cell.toString();
			csv.append(text.matches(".*[,\"\\r\\n].*") ? '"' + text.replace("\"", "\"\"") + '"' : text);
		}
		csv.append("\r\n");
	}

	static byte[] excel(ReportTable table) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(table.name());
			sheet.createRow(0).createCell(0).setCellValue(table.title());
			write(sheet.createRow(2), table.headers());
			for (int i = 0; i < table.rows().size(); i++) {
				write(sheet.createRow(3 + i), table.rows().get(i));
			}
			sheet.createFreezePane(0, 3);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Row row, List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			Object cell = cells.get(i);
			if (cell instanceof Number number) {
				row.createCell(i).setCellValue(number.doubleValue());
			}
			else if (cell != null) {
				row.createCell(i).setCellValue(cell.toString());
			}
		}
	}

}
