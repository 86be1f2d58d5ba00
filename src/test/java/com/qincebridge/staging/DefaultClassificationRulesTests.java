package com.qincebridge.staging;

import java.math.BigDecimal;
import java.nio.file.Path;

import com.qincebridge.erp.ErpBusinessType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped {@code jobs/classification-rules.csv} against the item types the zhixdl ERP
 * (and the simulator) use.
 */
class DefaultClassificationRulesTests {

	private static final ClassificationRules RULES = ClassificationRules
		.load(Path.of("jobs", "classification-rules.csv"));

	@ParameterizedTest(name = "{0} {1} {2} {4} -> {5}")
	@CsvSource({ "FB_RECEIVABLE, XSYS-01, 销售应收, 1, 1280.00, SHIPMENT",
			"FB_RECEIVABLE, XSYS-01, 销售应收, 1, -80.00, RETURN", "FB_RECEIVABLE, XSTH-01, 销售退货, 2, -304.00, RETURN",
			"FB_RECEIVABLE, FYYS-01, 费用应收, 4, 150.00, EXPENSE", "FB_RECEIVE, SKD-01, 销售收款, 3, 1000.00, RECEIPT",
			"FB_RECEIVE, SKD-04, 销售退款, 3, -200.00, RECEIPT", "FB_PAYABLE, CGYF-02, 采购应付, 5, 5000.00, IGNORE",
			"FB_PAYABLE, FYYF-01, 费用应付, 6, 300.00, EXPENSE", "FB_PAYMENT, CGFK-01, 采购付款, 7, 4000.00, IGNORE",
			"FB_PAYMENT, YFK-01, 预付款, 8, 2000.00, PREPAYMENT" })
	void simulatorItemTypesAreClassified(ErpBusinessType type, String code, String name, String source, String amount,
			Category expected) {
		assertThat(RULES.classify(type, code, name, source, new BigDecimal(amount)))
			.hasValueSatisfying((classification) -> {
				assertThat(classification.category()).isEqualTo(expected);
				assertThat(classification.rule()).startsWith("classification-rules.csv:");
			});
	}

	@Test
	void zeroSalesLineIsAShipmentThatChangesNoTotal() {
		assertThat(RULES.classify(ErpBusinessType.FB_RECEIVABLE, "XSYS-01", "销售应收", "1", BigDecimal.ZERO))
			.hasValueSatisfying((classification) -> assertThat(classification.category()).isEqualTo(Category.SHIPMENT));
	}

	@Test
	void otherReturnItemTypeIsAReturnByItsName() {
		assertThat(RULES.classify(ErpBusinessType.FB_RECEIVABLE, "THD-09", "促销退货", null, new BigDecimal("-9.90")))
			.hasValueSatisfying((classification) -> assertThat(classification.category()).isEqualTo(Category.RETURN));
	}

	@Test
	void positiveReturnLineIsLeftForQuarantine() {
		assertThat(RULES.classify(ErpBusinessType.FB_RECEIVABLE, "XSTH-01", "销售退货", "2", new BigDecimal("304.00")))
			.isEmpty();
	}

	@Test
	void otherReceiptItemTypeIsMoneyReceived() {
		assertThat(RULES.classify(ErpBusinessType.FB_RECEIVE, "SKD-09", "其他收款", "3", new BigDecimal("10")))
			.hasValueSatisfying((classification) -> assertThat(classification.category()).isEqualTo(Category.RECEIPT));
	}

	@Test
	void unknownReceivableItemTypeIsLeftForQuarantine() {
		assertThat(RULES.classify(ErpBusinessType.FB_RECEIVABLE, "ZZYS-07", "其他应收", "9", new BigDecimal("100.00")))
			.isEmpty();
	}

	@Test
	void receivableWithoutItemTypeIsLeftForQuarantine() {
		assertThat(RULES.classify(ErpBusinessType.FB_RECEIVABLE, null, null, null, new BigDecimal("100.00"))).isEmpty();
	}

	@Test
	void otherPayablesAndPaymentsAreIgnoredOnPurpose() {
		assertThat(
				RULES.classify(ErpBusinessType.FB_PAYABLE, null, null, null, BigDecimal.ONE).orElseThrow().category())
			.isEqualTo(Category.IGNORE);
		assertThat(
				RULES.classify(ErpBusinessType.FB_PAYMENT, null, null, null, BigDecimal.ONE).orElseThrow().category())
			.isEqualTo(Category.IGNORE);
	}

}
