package com.qincebridge.prepayment;

import java.util.List;

import com.qincebridge.qince.PrepaymentApplyDetail;
import com.qincebridge.qince.PrepaymentExtField;
import com.qincebridge.qince.PrepaymentVariant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ApplyFileTests {

	static final String HEADER = "action,variant,code,name,account,remark,activity_code,activity_cm_id,amount,"
			+ "ext_fields,erp_detail_id,reverse_time\n";

	@Test
	void rowsSharingACodeAreTheLinesOfOnePrepayment() {
		List<ApplyItem> items = ApplyFile.read(HEADER + "ADD,AP_CP,P1,促销,fin01,\"a, b\",SQ1,cm1,100,x=1;y=2,D1,\n"
				+ "ADD,AP_CP,P1,促销,fin01,,SQ1,cm2,0.5,,,\n", "QB");

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
		String code = ApplyFile.read(HEADER + row, "QB").get(0).code();

		assertThat(code).matches("QB[0-9A-F]{24}");
		assertThat(ApplyFile.read(HEADER + "\n" + row.replace("线上", "改名"), "QB").get(0).code())
			.as("the name does not identify")
			.isEqualTo(code);
		assertThat(ApplyFile.read(HEADER + row.replace("30.00", "30.01"), "QB").get(0).code()).isNotEqualTo(code);
	}

	@Test
	void aSecondIdenticalRowWithoutCodeIsReportedNotAppliedTwice() {
		String row = "ADD,AP_CP,,促销,fin01,,SQ1,cm1,5,,,\n";

		List<ApplyItem> items = ApplyFile.read(HEADER + row + row, "QB");

		assertThat(items).extracting(ApplyItem::problem).containsExactly(null, "the same prepayment as line 2");
	}

	@Test
	void aMalformedRowFailsItselfAndEveryRowOfItsPrepayment() {
		List<ApplyItem> items = ApplyFile.read(HEADER + "ADD,AP_CP,P1,促销,fin01,,SQ1,cm1,100,,,\n"
				+ "ADD,AP_CP,P1,促销,fin01,,SQ1,cm2,1O0,,,\n" + "ADD,AP_CP,P2,促销,fin01,,SQ1,cm3,7,,,\n", "QB");

		assertThat(items).extracting((item) -> item.lines() + " " + item.code() + " " + item.problem())
			.containsExactly("[2] P1 line 3 of this prepayment: amount is not a decimal number: \"1O0\"",
					"[3] P1 amount is not a decimal number: \"1O0\"", "[4] P2 null");
	}

	@Test
	void eachFieldProblemIsNamed() {
		assertThat(problem("ADD,AP_CP,P1,n,a,,SQ1,cm1,1,,")).startsWith("expected 12 fields");
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
		List<ApplyItem> items = ApplyFile.read(
				HEADER + "ADD,AP_CP,P1,n,fin01,,SQ1,cm1,1,,,\n" + "reverse,ap_cp,P1,,fin02,,,,,,,2025-10-01 12:00:00\n",
				"QB");

		assertThat(items).extracting(ApplyItem::action).containsExactly("ADD", "REVERSE");
		assertThat(items.get(1).reversal())
			.hasToString("PrepaymentReversal[code=P1, account=fin02, reverseTime=2025-10-01 12:00:00]");
	}

	@Test
	void aFileWithoutTheHeaderIsRefusedWhole() {
		assertThatIllegalArgumentException().isThrownBy(() -> ApplyFile.read("ADD,AP_CP,P1,n,a,,SQ1,cm1,1,,,\n", "QB"))
			.withMessageStartingWith("the first line must be the header action,variant,");
	}

	private static String problem(String row) {
		return ApplyFile.read(HEADER + row + "\n", "QB").get(0).problem();
	}

}
