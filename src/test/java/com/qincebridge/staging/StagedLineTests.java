package com.qincebridge.staging;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.erp.Payable;
import com.qincebridge.erp.Receivable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StagedLineTests {

	@Test
	void receivableLineKeepsEveryStagedValueAndTheAmountExactly() {
		Receivable line = new Receivable("R1", "YS-20250929-0009", "RD7", "1", "销售应收", "101", "总公司", null, null, null,
				null, null, null, "门店一", "C101", null, LocalDate.of(2025, 9, 29), "1", "客户", "XSYS-01", "销售应收", "6901",
				"G01", new BigDecimal("256"));
		StagedLine staged = StagedLine.of(line, Category.SHIPMENT);
		assertThat(staged).isEqualTo(new StagedLine(ErpBusinessType.FB_RECEIVABLE, "RD7", "R1", "YS-20250929-0009",
				"101", "C101", "门店一", LocalDate.of(2025, 9, 29), "1", "销售应收", "XSYS-01", "销售应收", "6901", "G01",
				new BigDecimal("256"), Category.SHIPMENT));
		assertThat(staged.amount().scale()).isZero();
	}

	@Test
	void payableLineTakesTheSupplierAsCounterparty() {
		Payable line = new Payable("P1", null, "PD1", "6", "费用应付", "101", null, null, null, null, null, "门店一", "C101",
				LocalDate.of(2025, 9, 2), "1", "客户", "FYYF-01", "费用应付", null, null, new BigDecimal("-30.50"));
		StagedLine staged = StagedLine.of(line, Category.EXPENSE);
		assertThat(staged.businessType()).isEqualTo(ErpBusinessType.FB_PAYABLE);
		assertThat(staged.counterpartyCode()).isEqualTo("C101");
		assertThat(staged.counterpartyName()).isEqualTo("门店一");
		assertThat(staged.orderCode()).isNull();
		assertThat(staged.amount()).isEqualTo(new BigDecimal("-30.50"));
		assertThat(staged.category()).isEqualTo(Category.EXPENSE);
	}

	@Test
	void rulesClassifyAnErpLineByItsOwnValues() {
		ClassificationRules rules = ClassificationRules.parse("FB_PAYABLE, FYYF-01, 费用, 6, -, EXPENSE", "r.csv");
		Payable line = new Payable("P1", null, "PD1", "6", "费用应付", "101", null, null, null, null, null, null, "C101",
				LocalDate.of(2025, 9, 2), null, null, "FYYF-01", "费用应付", null, null, new BigDecimal("-1"));
		assertThat(rules.classify(line)).contains(new Classification(Category.EXPENSE, "r.csv:1"));
	}

}
