package com.qincebridge.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.util.List;

import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.files.TableWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import-balances} with finance's messy files: values that would be changed to
 * fit, duplicates, values too large for the columns, files in GB18030 and .xlsx,
 * unreadable files, and a large file stored in batches.
 */
@BridgeIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ImportBalancesCommandIntegrationTests {

	static final String HEADER = "company_code,customer_code,trade_month,amount\n";

	@TempDir
	Path dir;

	@Autowired
	ImportBalancesCommand importBalances;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		this.jdbc.sql("DELETE FROM opening_balance").update();
	}

	@Test
	void badLinesAreRefusedWithLineAndColumnAndTheOthersImported(CapturedOutput output) throws Exception {
		Path file = csv("balances.csv",
				HEADER + "101,C1,2025-09,1200.50\n" + "101,C2,2025-09,1.23456\n"
						+ "101,C3,2025-09,12345678901234567.00\n" + "101," + "C".repeat(150) + ",2025-09,1\n"
						+ "101,C5,2025-13,1\n" + "101,C1,2025-09,99\n" + "101,c1,2025-09,98\n" + "101,=2+5,2025-09,1\n"
						+ "101,C9,2025-09-01,-35.10\n");

		assertThat(run(file)).isEqualTo(ExitStatus.FAILED);

		assertThat(output.getOut())
			.contains("Imported 2 opening balances from " + file + " (9 lines read, 7 refused).");
		assertThat(output.getErr()).contains(
				"line 3, column D (amount): 1.23456 has more than 2 decimals; a balance is kept to the cent and is not rounded: correct it in the file\n"
						+ "line 4, column D (amount): is too large (at most 16 digits before the point): 12345678901234567.00\n"
						+ "line 5, column B (customer_code): is 150 characters long, at most 100\n"
						+ "line 6, column C (trade_month): must be YYYY-MM: \"2025-13\"\n"
						+ "line 9, column B (customer_code): \"=2+5\" looks like a spreadsheet formula, not a code\n"
						+ "line 7: company 101, customer C1, month 2025-09 is already on line 2; one opening balance per customer and month\n"
						+ "line 8: company 101, customer c1, month 2025-09 is already on line 2; one opening balance per customer and month\n"
						+ "7 lines could not be imported (see above); the others were.")
			.doesNotContain("Exception");
		assertThat(balances()).containsExactly("101 C1 2025-09 1200.5000 line 2", "101 C9 2025-09 -35.1000 line 10");
	}

	@Test
	void aDuplicateInALaterBatchPointsAtTheFirstLine(CapturedOutput output) throws Exception {
		StringBuilder text = new StringBuilder(HEADER);
		for (int i = 0; i < 2500; i++) {
			text.append("101,C").append(i).append(",2025-09,").append(i).append(".01\n");
		}
		text.append("101,C7,2025-09,1.00\n");
		Path file = csv("many.csv", text.toString());

		assertThat(run(file)).isEqualTo(ExitStatus.FAILED);

		assertThat(output.getOut())
			.contains("Imported 2500 opening balances from " + file + " (2501 lines read, 1 refused).");
		assertThat(output.getErr()).contains("line 2502: company 101, customer C7, month 2025-09 is already on line 9");
		assertThat(this.jdbc.sql("SELECT COUNT(*), SUM(amount) FROM opening_balance")
			.query((rs, row) -> rs.getLong(1) + " " + rs.getBigDecimal(2))
			.single()).isEqualTo("2500 " + new BigDecimal("3123750.0000").add(new BigDecimal("25.0000")));
		assertThat(this.jdbc.sql("SELECT amount FROM opening_balance WHERE customer_code = 'C7'")
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("7.01");
	}

	@Test
	void aLargeFileIsStreamedInBatchesWithProgress(CapturedOutput output) throws Exception {
		Path file = this.dir.resolve("large.csv");
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writer.write(HEADER);
			for (int i = 0; i < 100_000; i++) {
				writer.write("101,K" + i + ",2025-09,1.25\n");
			}
		}

		assertThat(run(file)).isEqualTo(ExitStatus.OK);

		assertThat(output.getErr()).contains("import-balances: 50,000 lines read, 50,000 imported, 0 refused",
				"import-balances: 100,000 lines read, 100,000 imported, 0 refused");
		assertThat(this.jdbc.sql("SELECT COUNT(*), SUM(amount) FROM opening_balance")
			.query((rs, row) -> rs.getLong(1) + " " + rs.getBigDecimal(2).toPlainString())
			.single()).isEqualTo("100000 125000.0000");
	}

	@Test
	void gb18030AndWorkbookFilesAreReadAsFinanceSavesThem(CapturedOutput output) throws Exception {
		Path gbk = this.dir.resolve("gbk.csv");
		Files.write(gbk, (HEADER + "101,华东客户,2025-09,10.00\r\n").getBytes(Charset.forName("GB18030")));
		Path xlsx = this.dir.resolve("balances.xlsx");
		try (var out = Files.newOutputStream(xlsx)) {
			TableWriter.xlsx(out, "期初余额", List.of(HEADER.strip().split(",")),
					List.of(List.of(101, "华南客户", "2025-09", new BigDecimal("20.5"))));
		}

		assertThat(run(gbk)).isEqualTo(ExitStatus.OK);
		assertThat(run(xlsx)).isEqualTo(ExitStatus.OK);

		assertThat(balances()).containsExactlyInAnyOrder("101 华东客户 2025-09 10.0000 line 2",
				"101 华南客户 2025-09 20.5000 line 2");
	}

	@Test
	void aFileThatCannotBeReadIsExitTwoWithOneLine(CapturedOutput output) throws Exception {
		Path noHeader = csv("no-header.csv", "101,C1,2025-09,1\n");
		Path binary = Files.write(this.dir.resolve("binary.csv"), new byte[] { (byte) 0x81, 0x20, 0x0a });

		assertThat(run(noHeader)).isEqualTo(ExitStatus.USAGE);
		assertThat(run(binary)).isEqualTo(ExitStatus.USAGE);
		assertThat(run(this.dir.resolve("missing.csv"))).isEqualTo(ExitStatus.USAGE);

		assertThat(output.getErr().lines()).containsExactly(
				noHeader + ": line 1 must be the header company_code,customer_code,trade_month,amount",
				binary + ": the text is neither UTF-8 (line 1, column 1) nor GB18030/GBK (line 1, column 1);"
						+ " save it from Excel as \"CSV UTF-8\" or as an .xlsx workbook",
				"No such file: " + this.dir.resolve("missing.csv"));
		assertThat(balances()).isEmpty();
	}

	private List<String> balances() {
		return this.jdbc.sql("""
				SELECT company_code, customer_code, trade_month, amount, source_line FROM opening_balance
				ORDER BY source, customer_code""")
			.query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
					+ rs.getBigDecimal(4).toPlainString() + " line " + rs.getInt(5))
			.list();
	}

	private Path csv(String name, String text) throws Exception {
		return Files.writeString(this.dir.resolve(name), text, StandardCharsets.UTF_8);
	}

	private int run(Path file) {
		return this.importBalances.run(new DefaultApplicationArguments("import-balances", file.toString()));
	}

}
