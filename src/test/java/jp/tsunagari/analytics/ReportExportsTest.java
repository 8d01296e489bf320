package jp.tsunagari.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportExportsTest {

	private static final DurationStats TWELVE = new DurationStats(12, 1.25 * 86_400_000, 86_400_000d, 3_600_000d,
			10 * 86_400_000d);

	private final ReportTable table = new ReportTable("steps", "工程",
			ReportTable.headers(List.of("工程"), ReportTable.statsHeaders("所要: ", DurationUnit.DAYS)),
			List.of(ReportTable.row("受付, 確認", ReportTable.stats(TWELVE, DurationUnit.DAYS)),
					Arrays.asList("「決裁」\"至急\"", 0L, null, null, null, null)));

	@Test
	void csvHasAByteOrderMarkTheUnitInItsHeadingsAndRoundedValues() {
		String csv = new String(ReportExports.csv(table), StandardCharsets.UTF_8);

		assertThat(csv).isEqualTo("\uFEFF工程,所要: 件数,所要: 平均（日）,所要: 中央値（日）,所要: 90パーセンタイル（日）,所要: 最大（日）\r\n"
				+ "\"受付, 確認\",12,1.3,1.0,0.0,10.0\r\n\"「決裁」\"\"至急\"\"\",0,,,,\r\n");
	}

	@Test
	void excelKeepsNumbersAsNumbersShownAsRoundedUnderATitle() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportExports.excel(table)))) {
			XSSFSheet sheet = workbook.getSheet("steps");
			DataFormatter shown = new DataFormatter();
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("工程");
			assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("所要: 平均（日）");
			assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(12d);
			assertThat(shown.formatCellValue(sheet.getRow(3).getCell(1))).as("a count").isEqualTo("12");
			assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(1.3);
			assertThat(shown.formatCellValue(sheet.getRow(3).getCell(3))).as("a whole number of days").isEqualTo("1.0");
			assertThat(sheet.getRow(4).getCell(2)).isNull();
		}
	}

	@Test
	void sharesArePercentagesWithOneDecimal() {
		assertThat(ReportTable.percent(0.85714)).isEqualTo(new BigDecimal("85.7"));
		assertThat(ReportTable.percent(null)).isNull();
	}

}
