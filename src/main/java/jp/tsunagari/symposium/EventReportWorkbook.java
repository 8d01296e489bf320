package jp.tsunagari.symposium;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.tsunagari.system.JapaneseDateFormats;

/** The event report as an Excel workbook (one sheet 開催報告: attendance by category, venue/online, KPIs). */
final class EventReportWorkbook {

	static final String SHEET = "開催報告";

	private EventReportWorkbook() {
	}

	static byte[] write(Event event, EventReport report) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(SHEET);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			int[] row = { 0 };
			line(sheet, row, bold, "イベント名", event.title(), null);
			line(sheet, row, null, "開催日", new JapaneseDateFormats().wareki(event.date()), null);
			row[0]++;
			line(sheet, row, bold, "区分", "人数", "割合（%）");
			line(sheet, row, null, "参加者（会場・出席）", report.attendees(), 100);
			for (AttendeeCategory category : AttendeeCategory.values()) {
				line(sheet, row, null, category.label(), report.attendeesByCategory().get(category),
						report.attendeeShares().get(category));
			}
			line(sheet, row, null, "会場 団体（行政・支援団体）", report.venueOrganisations(), null);
			line(sheet, row, null, "会場 一般（個人）", report.venueGeneral(), null);
			line(sheet, row, null, "オンライン申込", report.onlineRegistrants(), null);
			line(sheet, row, null, "オンライン 団体（行政・支援団体）", report.onlineOrganisations(), null);
			line(sheet, row, null, "オンライン 一般（個人）", report.onlineGeneral(), null);
			line(sheet, row, null, "キャンセル待ち", report.waitlisted(), null);
			row[0]++;
			line(sheet, row, bold, "事後アンケート", "回答数・割合（%）", null);
			line(sheet, row, null, "回答数", report.respondents(), null);
			line(sheet, row, null, "理解が深まった", report.understandingPercent(), null);
			line(sheet, row, null, "官民連携プラットフォームへの参画に関心", report.interestPercent(), null);
			line(sheet, row, null, "満足", report.satisfactionPercent(), null);
			sheet.setColumnWidth(0, 40 * 256);
			sheet.setColumnWidth(1, 20 * 256);
			sheet.setColumnWidth(2, 12 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void line(Sheet sheet, int[] row, CellStyle style, String label, Object value, Object share) {
		Row cells = sheet.createRow(row[0]++);
		cells.createCell(0).setCellValue(label);
		set(cells, 1, value);
		set(cells, 2, share);
		if (style != null) {
			cells.forEach(cell -> cell.setCellStyle(style));
		}
	}

	private static void set(Row cells, int column, Object value) {
		if (value instanceof Number number) {
			cells.createCell(column).setCellValue(number.doubleValue());
		}
		else if (value != null) {
			cells.createCell(column).setCellValue(value.toString());
		}
	}

}
