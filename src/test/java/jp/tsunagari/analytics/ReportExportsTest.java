package jp.tsunagari.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportExportsTest {

	private final ReportTable table = new ReportTable("steps", "工程", List.of("工程", "件数", "平均（時間）"),
			List.of(Arrays.asList("受付, 確認", 3L, 1.5), Arrays.asList("「決裁」\"至急\"", 0L, null)));

	@Test
	void csvHasAByteOrderMarkAndQuotesWhatNeedsIt() {
		String csv = new String(ReportExports.csv(table), StandardCharsets.UTF_8);

		assertThat(csv).isEqualTo("\uFEFF工程,件数,平均（時間）\r\n\"受付, 確認\",3,1.5\r\n\"「決裁」\"\"至急\"\"\",0,\r\n");
	}

	@Test
	void excelKeepsNumbersAsNumbersUnderATitle() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportExports.excel(table)))) {
			var sheet = workbook.getSheet("steps");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("工程");
			assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("平均（時間）");
			assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(3d);
			assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(1.5);
			assertThat(sheet.getRow(4).getCell(2)).isNull();
		}
	}

}
