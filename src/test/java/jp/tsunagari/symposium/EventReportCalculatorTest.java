package jp.tsunagari.symposium;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seeds' event figures reproduced from individual stored records (SeedEvents), through the registration and
 * questionnaire tables and the calculator, and the Excel report read back.
 */
class EventReportCalculatorTest {

	private EventTables tables;

	@BeforeEach
	void tables() {
		tables = EventTables.inMemory("event-report-" + System.nanoTime());
	}

	@Test
	void sendai120AttendeesAndTheQuestionnaireShares() {
		String eventId = tables.registrations.openEvent("仙台市孤独・孤立シンポジウム", LocalDate.of(2024, 2, 6), 200, "pi");
		SeedEvents.sendaiAttendance(tables.registrations, eventId);
		SeedEvents.sendaiQuestionnaire(tables.answers, eventId);

		EventReport report = report(eventId);

		assertThat(report.attendees()).isEqualTo(120);
		assertThat(report.attendeesByCategory()).containsEntry(AttendeeCategory.INDIVIDUAL, 65)
			.containsEntry(AttendeeCategory.GOVERNMENT, 42)
			.containsEntry(AttendeeCategory.SUPPORT_ORGANISATION, 13);
		assertThat(report.attendeeShares()).containsEntry(AttendeeCategory.INDIVIDUAL, 54)
			.containsEntry(AttendeeCategory.GOVERNMENT, 35)
			.containsEntry(AttendeeCategory.SUPPORT_ORGANISATION, 11);
		assertThat(report.respondents()).isEqualTo(57);
		assertThat(report.understandingPercent()).isEqualTo(86);
		assertThat(report.interestPercent()).isEqualTo(49);
		assertThat(report.satisfactionPercent()).isEqualTo(82);
	}

	@Test
	void toyamaVenueAndOnlineByOrganisationsAndGeneral() {
		String eventId = tables.registrations.openEvent("富山県孤独・孤立対策シンポジウム", LocalDate.of(2024, 2, 21), 100, "pi");
		SeedEvents.toyamaAttendance(tables.registrations, eventId);

		EventReport report = report(eventId);

		assertThat(report.attendees()).isEqualTo(57);
		assertThat(report.venueOrganisations()).isEqualTo(36);
		assertThat(report.venueGeneral()).isEqualTo(21);
		assertThat(report.onlineRegistrants()).isEqualTo(54);
		assertThat(report.onlineOrganisations()).isEqualTo(35);
		assertThat(report.onlineGeneral()).isEqualTo(19);
	}

	@Test
	void registrantsWhoDidNotComeOrWaitCountNowhereButTheWaitingList() {
		String eventId = tables.registrations.openEvent("勉強会", LocalDate.of(2024, 2, 4), 1, "pi");
		tables.registrations.register(eventId, new Applicant("a", "a@example.jp", null, AttendeeCategory.GOVERNMENT,
				Participation.VENUE));
		tables.registrations.register(eventId, new Applicant("b", "b@example.jp", null, AttendeeCategory.GOVERNMENT,
				Participation.VENUE));

		EventReport report = report(eventId);

		assertThat(report.attendees()).isZero();
		assertThat(report.attendeeShares()).containsEntry(AttendeeCategory.GOVERNMENT, 0);
		assertThat(report.waitlisted()).isEqualTo(1);
		assertThat(report.respondents()).isZero();
		assertThat(report.satisfactionPercent()).isZero();
	}

	@Test
	void percentagesRoundHalfUp() {
		assertThat(EventReportCalculator.percent(1, 8)).isEqualTo(13);
		assertThat(EventReportCalculator.percent(13, 120)).isEqualTo(11);
		assertThat(EventReportCalculator.percent(42, 120)).isEqualTo(35);
		assertThat(EventReportCalculator.percent(0, 0)).isZero();
	}

	@Test
	void theExcelReportHoldsTheSameFigures() throws Exception {
		String eventId = tables.registrations.openEvent("仙台市孤独・孤立シンポジウム", LocalDate.of(2024, 2, 6), 200, "pi");
		SeedEvents.sendaiAttendance(tables.registrations, eventId);
		SeedEvents.sendaiQuestionnaire(tables.answers, eventId);
		Event event = tables.registrations.event(eventId).orElseThrow();

		byte[] excel = EventReportWorkbook.write(event, report(eventId));

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
			Sheet sheet = workbook.getSheet(EventReportWorkbook.SHEET);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("仙台市孤独・孤立シンポジウム");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("令和6年2月6日");
			assertThat(row(sheet, "個人")).containsExactly(65.0, 54.0);
			assertThat(row(sheet, "行政")).containsExactly(42.0, 35.0);
			assertThat(row(sheet, "支援団体")).containsExactly(13.0, 11.0);
			assertThat(row(sheet, "理解が深まった")).containsExactly(86.0);
			assertThat(row(sheet, "官民連携プラットフォームへの参画に関心")).containsExactly(49.0);
			assertThat(row(sheet, "満足")).containsExactly(82.0);
		}
	}

	private EventReport report(String eventId) {
		return EventReportCalculator.report(tables.registrations.registrations(eventId), tables.answers.answers(eventId));
	}

	private static List<Double> row(Sheet sheet, String label) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
				return java.util.stream.IntStream.range(1, 3)
					.mapToObj(row::getCell)
					.filter(cell -> cell != null)
					.map(cell -> cell.getNumericCellValue())
					.toList();
			}
		}
		throw new AssertionError("no row " + label);
	}

}
