package com.qincebridge.files;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TableReaderTests {

	@TempDir
	Path dir;

	@Test
	void utf8WithBomIsReadWithoutTheBom() throws Exception {
		Path file = write("a.csv", bytes("\uFEFFcode,name\nC1,华东\n", StandardCharsets.UTF_8));
		assertThat(rows(file)).containsExactly(new TableRow(1, List.of("code", "name")),
				new TableRow(2, List.of("C1", "华东")));
	}

	@Test
	void gbkFromChineseExcelIsDetectedAsGb18030() throws Exception {
		Path file = write("a.csv", bytes("code,name\r\nC1,华东区客户\r\n", TextEncoding.GB18030));
		try (TableReader reader = TableReader.open(file)) {
			assertThat(reader.charset()).isEqualTo(TextEncoding.GB18030);
		}
		assertThat(rows(file)).containsExactly(new TableRow(1, List.of("code", "name")),
				new TableRow(2, List.of("C1", "华东区客户")));
	}

	@Test
	void bytesThatAreNeitherUtf8NorGb18030AreRefusedWithLineAndColumn() throws Exception {
		byte[] head = bytes("code,name\nC1,ab", StandardCharsets.UTF_8);
		byte[] file = new byte[head.length + 2];
		System.arraycopy(head, 0, file, 0, head.length);
		file[head.length] = (byte) 0xFF;
		file[head.length + 1] = (byte) 0xFF;
		Path path = write("a.csv", file);
		assertThatExceptionOfType(TableFileException.class).isThrownBy(() -> TableReader.open(path))
			.withMessageContaining("neither UTF-8 (line 2, column 6) nor GB18030/GBK (line 2, column 6)");
	}

	@Test
	void quotedCommasAndLineBreaksKeepTheLineNumbersOfTheFile() throws Exception {
		Path file = write("a.csv",
				bytes("a,b\n\n\"x,1\",\"two\nlines\"\nlast,\"say \"\"hi\"\"\"\n", StandardCharsets.UTF_8));
		assertThat(rows(file)).containsExactly(new TableRow(1, List.of("a", "b")), new TableRow(2, List.of("")),
				new TableRow(3, List.of("x,1", "two\nlines")), new TableRow(5, List.of("last", "say \"hi\"")));
	}

	@Test
	void brokenQuotingNamesTheLine() throws Exception {
		Path file = write("a.csv", bytes("a,b\nok,1\n\"open,2\n", StandardCharsets.UTF_8));
		assertThatExceptionOfType(TableFileException.class).isThrownBy(() -> rows(file))
			.withMessageContaining("is not valid CSV");
	}

	@Test
	void aWorkbookGivesNumbersAsTypedNotAsDisplayed() throws Exception {
		Path file = this.dir.resolve("a.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("balances");
			CellStyle twoDecimals = workbook.createCellStyle();
			twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("customer_code");
			header.createCell(1).setCellValue("amount");
			Row row = sheet.createRow(2);
			row.createCell(0).setCellValue("客户A");
			row.createCell(1).setCellValue(1.234);
			row.getCell(1).setCellStyle(twoDecimals);
			row.createCell(2).setCellValue(100000);
			workbook.write(out);
		}
		assertThat(rows(file)).containsExactly(new TableRow(1, List.of("customer_code", "amount")),
				new TableRow(3, List.of("客户A", "1.234", "100000")));
	}

	@Test
	void somethingElseNamedXlsxIsRefused() throws Exception {
		Path file = write("a.xlsx", bytes("a,b\n", StandardCharsets.UTF_8));
		assertThatExceptionOfType(TableFileException.class).isThrownBy(() -> TableReader.open(file))
			.withMessageContaining("is not an Excel workbook (.xlsx)");
	}

	@Test
	void anOldXlsWorkbookIsRefusedWithWhatToDo() {
		assertThatExceptionOfType(TableFileException.class).isThrownBy(() -> FileFormat.of(Path.of("f.xls")))
			.withMessageContaining("save it as an Excel workbook (.xlsx) or as CSV");
	}

	@Test
	void aWrittenWorkbookReadsBack() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		TableWriter.xlsx(out, "sheet", List.of("code", "amount", "count"),
				List.of(List.of("=2+5", new java.math.BigDecimal("-150.50"), 3L)));
		Path file = write("b.xlsx", out.toByteArray());
		assertThat(rows(file)).containsExactly(new TableRow(1, List.of("code", "amount", "count")),
				new TableRow(2, List.of("=2+5", "-150.5", "3")));
	}

	private List<TableRow> rows(Path file) {
		List<TableRow> rows = new ArrayList<>();
		try (TableReader reader = TableReader.open(file)) {
			reader.forEachRemaining(rows::add);
		}
		return rows;
	}

	private Path write(String name, byte[] bytes) throws Exception {
		return Files.write(this.dir.resolve(name), bytes);
	}

	private static byte[] bytes(String text, java.nio.charset.Charset charset) {
		return text.getBytes(charset);
	}

}
