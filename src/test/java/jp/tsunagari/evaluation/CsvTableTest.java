package jp.tsunagari.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

class CsvTableTest {

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
		CsvTable table = CsvTable.read(new StringReader("""
				\uFEFFid,name,note\r
				1,"1,546千円","said ""なし""\r
				second line"\r
				2,plain,\r
				"""));

		assertThat(table.size()).isEqualTo(2);
		assertThat(table.value(0, "id")).contains("1");
		assertThat(table.value(0, "name")).contains("1,546千円");
		assertThat(table.value(0, "note")).contains("said \"なし\"\r\nsecond line");
		assertThat(table.value(1, "name")).contains("plain");
		assertThat(table.value(1, "note")).isEmpty();
	}

	@Test
	void treatsMissingColumnsAndCellsAsEmpty() throws IOException {
		CsvTable table = CsvTable.read(new StringReader("a,b\n1\n\n"));

		assertThat(table.size()).isEqualTo(1);
		assertThat(table.hasColumn("a")).isTrue();
		assertThat(table.hasColumn("c")).isFalse();
		assertThat(table.value(0, "b")).isEmpty();
		assertThat(table.value(0, "c")).isEmpty();
		assertThat(table.row(0)).containsEntry("a", "1").containsEntry("b", "");
	}

	@Test
	void readsAnEmptyFile() throws IOException {
		CsvTable table = CsvTable.read(new StringReader(""));

		assertThat(table.size()).isZero();
		assertThat(table.hasColumn("a")).isFalse();
	}

}
