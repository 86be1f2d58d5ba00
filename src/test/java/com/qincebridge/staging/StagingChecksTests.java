package com.qincebridge.staging;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.qincebridge.erp.ErpLine;
import com.qincebridge.erp.Receipt;
import com.qincebridge.erp.Receivable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StagingChecksTests {

	@Test
	void aWellFormedLineIsStaged() {
		assertThat(StagingChecks.check(receivable("C1", "1972506313678196736", new BigDecimal("760.00")),
				Category.SHIPMENT))
			.isEmpty();
	}

	@Test
	void aStatementLineWithoutCustomerIsQuarantinedNamingTheField() {
		assertThat(StagingChecks.check(receivable(null, "1", new BigDecimal("1.00")), Category.SHIPMENT))
			.hasValueSatisfying((problem) -> {
				assertThat(problem.field()).isEqualTo("customer_code");
				assertThat(problem.reason()).contains("SHIPMENT line cannot be put on any customer's statement");
			});
		assertThat(StagingChecks.check(receipt(" "), Category.RECEIPT))
			.hasValueSatisfying((problem) -> assertThat(problem.field()).isEqualTo("customer_code"));
	}

	@Test
	void anIgnoredLineNeedsNoCustomer() {
		assertThat(StagingChecks.check(receivable(null, "1", BigDecimal.ONE), Category.IGNORE)).isEmpty();
	}

	@Test
	void anIdTooLongForStagingIsQuarantinedWithItsLength() {
		assertThat(StagingChecks.check(receivable("C1", "9".repeat(65), BigDecimal.ONE), Category.SHIPMENT))
			.hasValueSatisfying((problem) -> {
				assertThat(problem.field()).isEqualTo("receivable_order_detail_id");
				assertThat(problem.reason()).startsWith("is 65 characters long, at most 64");
			});
	}

	@Test
	void anAmountWithMoreThanFourDecimalsIsQuarantinedNotRounded() {
		assertThat(StagingChecks.check(receivable("C1", "1", new BigDecimal("1.00001")), Category.SHIPMENT))
			.hasValueSatisfying((problem) -> {
				assertThat(problem.field()).isEqualTo("receivable_amount");
				assertThat(problem.reason()).isEqualTo("has more than 4 decimals: 1.00001");
			});
		assertThat(StagingChecks.check(receivable("C1", "1", new BigDecimal("1.000100")), Category.SHIPMENT)).isEmpty();
	}

	private static ErpLine receivable(@Nullable String customer, String detailId, BigDecimal amount) {
		return new Receivable("1972506313439121408", "YS-20250929-0009", detailId, "1", "销售应收", "101", "江西好又快公司", "销售部",
				"BM000005", "周一鸣", "HYK005", "周一鸣", "HYK005", "测试客户", customer, "101.01", LocalDate.of(2025, 9, 29),
				"1", "客户", "XSYS-01", "销售应收", "1010200800", "LT001", amount);
	}

	private static ErpLine receipt(String customer) {
		return new Receipt("1972836026569224192", "SK-20250930-0008", "1972836026602778624", "3", "销售收款", "101",
				"江西好又快公司", "市场推广部", "BM000006", "吴佳旗", "HYK014", "周一鸣", "HYK005", "小拇指北安小区店", customer, "101.01",
				LocalDate.of(2025, 9, 30), "1", "客户", "SKD-04", "销售退款", "142976", "LT001", new BigDecimal("-304.00"),
				"14319101040016604", "好又快公户农行16604", "JSFS01_SYS", "现金");
	}

}
