package com.qincebridge.prepayment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.qincebridge.files.TableFileException;
import com.qincebridge.files.TableWriter;

import com.qincebridge.qince.PrepaymentApplyDetail;
import com.qincebridge.qince.PrepaymentExtField;
import com.qincebridge.qince.PrepaymentVariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ApplyFileTests {

	@TempDir
	Path dir;

	static final String HEADER = "action,variant,code,name,account,remark,activity_code,activity_cm_id,amount,"
			+ "ext_fields,erp_detail_id,reverse_time\n";

	@Test
	void rowsSharingACodeAreTheLinesOfOnePrepayment() {
		List<ApplyItem> items = read(HEADER + "ADD,AP_CP,P1,促销,fin01,\"a, b\",SQ1,cm1,100,x=1;y=2,D1,\n"
				+ "ADD,AP_CP,P1,促销,fin01,,SQ1,cm2,0.5,,,\n");

		assertThat(items).singleElement().satisfies((item) -> {
			assertThat(item.lines()).containsExactly(2, 3);
			assertThat(item.code()).isEqualTo("P1");
			assertThat(item.variant()).isEqualTo(PrepaymentVariant.AP_CP);
			assertThat(item.problem()).isNull();
			assertThat(item.apply().remark()).isEqualTo("a, b");
			assertThat(item.apply().details()).containsExactly(
					new PrepaymentApplyDetail("SQ1", "cm1", "100.00",
							List.of(new PrepaymentExtField("x", "1"), new PrepaymentExtField("y", "2"))),
					new PrepaymentApplyDetail("SQ1", "cm2", "0.50", null));
			assertThat(item.erpDetailIds()).containsExactly("D1", null);
		});
	}

	@Test
	void aRowWithoutCodeGetsTheSameHashedCodeOnEveryReadAndAnotherForOtherFields() {
		String row = "ADD,ONLINE_COST,,线上,fin01,,SQ2,cm3,30.00,,D3,\n";
		String code = read(HEADER + row).get(0).code();

		assertThat(code).matches("QB[0-9A-F]{24}");
		assertThat(read(HEADER + "\n" + row.replace("线上", "改名")).get(0).code()).as("the name does not identify")
			.isEqualTo(code);
		assertThat(read(HEADER + row.replace("30.00", "30.01")).get(0).code()).isNotEqualTo(code);
	}

	@Test
	void aSecondIdenticalRowWithoutCodeIsReportedNotAppliedTwice() {
		String row = "ADD,AP_CP,,促销,fin01,,SQ1,cm1,5,,,\n";

		List<ApplyItem> items = read(HEADER + row + row);

		assertThat(items).extracting(ApplyItem::problem).containsExactly(null, "the same prepayment as line 2");
	}

	@Test
	void aMalformedRowFailsItselfAndEveryRowOfItsPrepayment() {
		List<ApplyItem> items = read(HEADER + "ADD,AP_CP,P1,促销,fin01,,SQ1,cm1,100,,,\n"
				+ "ADD,AP_CP,P1,促销,fin01,,SQ1,cm2,1O0,,,\n" + "ADD,AP_CP,P2,促销,fin01,,SQ1,cm3,7,,,\n");

		assertThat(items).extracting((item) -> item.lines() + " " + item.code() + " " + item.problem())
			.containsExactly("[2] P1 line 3 of this prepayment: amount is not a decimal number: \"1O0\"",
					"[3] P1 amount is not a decimal number: \"1O0\"", "[4] P2 null");
	}

	@Test
	void eachFieldProblemIsNamed() {
		assertThat(problem("ADD,AP_CP,P1,n,a,,SQ1,cm1,1,,,,x")).startsWith("expected 12 fields")
			.endsWith("found a value in column M");
		assertThat(problem("MOVE,AP_CP,P1,n,a,,SQ1,cm1,1,,,")).isEqualTo("action must be ADD or REVERSE: \"MOVE\"");
		assertThat(problem("ADD,APCP,P1,n,a,,SQ1,cm1,1,,,"))
			.isEqualTo("variant must be AP_CP or ONLINE_COST: \"APCP\"");
		assertThat(problem("ADD,AP_CP,P1,n,a,,,cm1,1,,,")).isEqualTo("activity_code is empty");
		assertThat(problem("ADD,AP_CP,P1,n,a,,SQ1,cm1,1,novalue,,"))
			.isEqualTo("ext_fields must be name=value;name=value: \"novalue\"");
		assertThat(problem("ADD,AP_CP," + "C".repeat(33) + ",n,a,,SQ1,cm1,1,,,"))
			.isEqualTo("code is longer than 32 characters: 33");
		assertThat(problem("REVERSE,AP_CP,P1,,,,,,,,,")).isEqualTo("account is empty");
	}

	@Test
	void reverseRowsKeepTheirOrderAmongTheOthers() {
		List<ApplyItem> items = read(HEADER + "ADD,AP_CP,P1,n,fin01,,SQ1,cm1,1,,,\n"
				+ "reverse,ap_cp,P1,,fin02,,,,,,,2025-10-01 12:00:00\n");

		assertThat(items).extracting(ApplyItem::action).containsExactly("ADD", "REVERSE");
		assertThat(items.get(1).reversal())
			.hasToString("PrepaymentReversal[code=P1, account=fin02, reverseTime=2025-10-01 12:00:00]");
	}

	@Test
	void aFileWithoutTheHeaderIsRefusedWhole() {
		assertThatExceptionOfType(TableFileException.class).isThrownBy(() -> read("ADD,AP_CP,P1,n,a,,SQ1,cm1,1,,,\n"))
			.withMessageEndingWith("finance.csv: line 1 must be the header " + HEADER.strip());
	}

	@Test
	void anEmptyFileIsRefusedWhole() {
		assertThatExceptionOfType(TableFileException.class).isThrownBy(() -> read("\n\n"))
			.withMessageEndingWith(
					"finance.csv: the file is empty; its first line must be the header " + HEADER.strip());
	}

	@Test
	void anAmountWithMoreDecimalsThanQinceKeepsFailsInsteadOfBeingRounded() {
		assertThat(problem("ADD,AP_CP,P1,n,a,,SQ1,cm1,1.234,,,")).isEqualTo(
				"amount 1.234 has more decimals than Qince keeps (2); it is not rounded: correct it in the file");
		assertThat(read(HEADER + "ADD,AP_CP,P1,n,a,,SQ1,cm1,1.2300,,,\n").get(0)
			.apply()
			.details()
			.get(0)
			.prepaymentAmount()).as("trailing zeros change nothing").isEqualTo("1.23");
	}

	@Test
	void anImpossibleReverseTimeFails() {
		assertThat(problem("REVERSE,AP_CP,P1,,fin01,,,,,,,2025-13-45 99:99:99"))
			.isEqualTo("reverse_time must be a time yyyy-MM-dd HH:mm:ss: \"2025-13-45 99:99:99\"");
		assertThat(problem("REVERSE,AP_CP,P1,,fin01,,,,,,,2025-02-29 10:00:00"))
			.startsWith("reverse_time must be a time");
	}

	@Test
	void codesThatLookLikeFormulasAreRefusedAsCodes() {
		assertThat(problem("ADD,AP_CP,=2+5,n,a,,SQ1,cm1,1,,,")).isEqualTo(
				"code \"=2+5\" looks like a spreadsheet formula (it starts with =); it is not sent to Qince as a code");
		assertThat(problem("ADD,AP_CP,P1,n,a,,@SUM(A1),cm1,1,,,")).startsWith("activity_code \"@SUM(A1)\" looks like");
		assertThat(problem("ADD,AP_CP,P1,n,+fin,,SQ1,cm1,1,,,")).startsWith("account \"+fin\" looks like");
		assertThat(read(HEADER + "ADD,AP_CP,P1,=cmd|' /C calc'!A0,a,,SQ1,cm1,1,,,\n").get(0).problem())
			.as("a name is text, not a code: sent as it is, neutralised in the result file")
			.isNull();
	}

	@Test
	void duplicatesOfOneKeyFailTheLaterRowAndItsPrepayment() {
		List<ApplyItem> items = read(HEADER + "ADD,AP_CP,P1,n,a,,SQ1,cm1,1,,D1,\n" + "ADD,AP_CP,P1,n,a,,SQ1,cm1,2,,,\n"
				+ "ADD,AP_CP,P2,n,a,,SQ1,cm2,3,,D1,\n" + "REVERSE,AP_CP,P9,,a,,,,,,,\n"
				+ "REVERSE,AP_CP,P9,,a,,,,,,,\n");

		assertThat(items).extracting((item) -> item.lines() + " " + item.code() + " " + item.problem())
			.containsExactly(
					"[2] P1 line 3 of this prepayment: a second line for activity SQ1 line cm1 in prepayment P1 (line 2)",
					"[3] P1 a second line for activity SQ1 line cm1 in prepayment P1 (line 2)",
					"[4] P2 ERP detail D1 is already on line 2", "[5] P9 null",
					"[6] P9 a second reversal of P9 (line 5 reverses it already)");
	}

	@Test
	void aGb18030FileAndAWorkbookReadAsTheSameItems() throws Exception {
		String text = HEADER + "ADD,AP_CP,P1,促销活动,fin01,华东,SQ1,cm1,100.5,,D1,\n";
		Path gbk = Files.write(this.dir.resolve("gbk.csv"), text.getBytes(java.nio.charset.Charset.forName("GB18030")));
		Path xlsx = this.dir.resolve("finance.xlsx");
		try (var out = Files.newOutputStream(xlsx)) {
			TableWriter.xlsx(out, "sheet", List.of(HEADER.strip().split(",")),
					List.of(java.util.Arrays.asList("ADD", "AP_CP", "P1", "促销活动", "fin01", "华东", "SQ1", "cm1",
							new java.math.BigDecimal("100.5"), null, "D1")));
		}

		ApplyItem fromCsv = ApplyFile.read(gbk, "QB").get(0);
		assertThat(fromCsv.apply().name()).isEqualTo("促销活动");
		assertThat(ApplyFile.read(xlsx, "QB")).containsExactly(fromCsv);
	}

	private String problem(String row) {
		return read(HEADER + row + "\n").get(0).problem();
	}

	private List<ApplyItem> read(String text) {
		try {
			Path file = Files.writeString(this.dir.resolve("finance.csv"), text, StandardCharsets.UTF_8);
			return ApplyFile.read(file, "QB");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
