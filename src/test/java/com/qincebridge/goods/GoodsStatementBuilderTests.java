package com.qincebridge.goods;

import com.qincebridge.statement.GoodsTotals;
import com.qincebridge.statement.ContentHash;
import com.qincebridge.statement.Lines;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.http.InvalidRequestException;
import com.qincebridge.qince.GoodsStatement;
import com.qincebridge.qince.GoodsStatementDetail;
import com.qincebridge.qince.GoodsStatementTrade;
import com.qincebridge.staging.Category;
import com.qincebridge.staging.StagedLine;
import org.junit.jupiter.api.Test;

import static com.qincebridge.statement.Lines.expense;
import static com.qincebridge.statement.Lines.receipt;
import static com.qincebridge.statement.Lines.sentBack;
import static com.qincebridge.statement.Lines.shipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GoodsStatementBuilderTests {

	private static final String NUMBER = "HK101202509C101";

	@Test
	void shipmentsAddUpExactly() {
		BuiltGoodsStatement built = build("0", shipment("1", "O1", "100.10"), shipment("2", "O2", "0.20"));
		assertThat(built.totals().shipments()).isEqualByComparingTo("100.30");
		assertThat(built.request().zchje()).isEqualTo("100.30");
		assertThat(built.request().zqmye()).isEqualTo("100.30");
	}

	@Test
	void returnsCountByTheirAbsoluteAmountAndLowerTheBalance() {
		BuiltGoodsStatement built = build("0", shipment("1", "O1", "500.00"), sentBack("2", "O2", "-304.00"),
				sentBack("3", "O3", "-6.00"));
		assertThat(built.totals().returns()).isEqualByComparingTo("310.00");
		assertThat(built.request().zthje()).isEqualTo("310.00");
		assertThat(built.request().zqmye()).isEqualTo("190.00");
	}

	@Test
	void refundsAreNegativeReceiptsThatReduceZjkje() {
		BuiltGoodsStatement built = build("0", shipment("1", "O1", "1000.00"), receipt("2", "P1", "800.00"),
				receipt("3", "P2", "-200.00"));
		assertThat(built.totals().receipts()).isEqualByComparingTo("600.00");
		assertThat(built.request().zjkje()).isEqualTo("600.00");
		assertThat(built.request().zqmye()).isEqualTo("400.00");
	}

	@Test
	void beginBalanceCarriesIntoTheEndBalance() {
		BuiltGoodsStatement built = build("1234.56", shipment("1", "O1", "100"), receipt("2", "P1", "34.56"));
		assertThat(built.request().beginBalance()).isEqualTo("1234.56");
		assertThat(built.totals().endBalance()).isEqualByComparingTo("1300.00");
		assertThat(built.request().zqmye()).isEqualTo("1300.00");
	}

	@Test
	void negativeBeginBalanceIsAPrepaidCustomer() {
		BuiltGoodsStatement built = build("-50", shipment("1", "O1", "20"));
		assertThat(built.request().beginBalance()).isEqualTo("-50.00");
		assertThat(built.request().zqmye()).isEqualTo("-30.00");
	}

	@Test
	void endBalanceIsBeginPlusShipmentsMinusReturnsMinusReceipts() {
		GoodsTotals totals = build("77.70", shipment("1", "O1", "1000.01"), sentBack("2", "O2", "-99.99"),
				receipt("3", "P1", "500.50"), receipt("4", "P2", "-20.00"))
			.totals();
		assertThat(totals).isEqualTo(new GoodsTotals(new BigDecimal("77.70"), new BigDecimal("1000.01"),
				new BigDecimal("99.99"), new BigDecimal("480.50"), new BigDecimal("497.22")));
		assertThat(totals.beginBalance().add(totals.shipments()).subtract(totals.returns()).subtract(totals.receipts()))
			.isEqualTo(totals.endBalance());
	}

	@Test
	void amountsBeyondTwoDecimalsStayExactInTotalsAndRoundHalfUpInText() {
		BuiltGoodsStatement built = build("0.001", shipment("1", "O1", "0.005"), shipment("2", "O1", "0.0001"),
				receipt("3", "P1", "0.0004"));
		assertThat(built.totals().shipments()).isEqualTo(new BigDecimal("0.0051"));
		assertThat(built.totals().endBalance()).isEqualTo(new BigDecimal("0.0057"));
		assertThat(built.request().beginBalance()).isEqualTo("0.00");
		assertThat(built.request().zchje()).isEqualTo("0.01");
		assertThat(built.request().zjkje()).isEqualTo("0.00");
		assertThat(built.request().zqmye()).isEqualTo("0.01");
		assertThat(built.request().trade().get(0).detail()).extracting(GoodsStatementDetail::amount)
			.containsExactly("0.01", "0.00");
	}

	@Test
	void headerHasTheNumberCustomerPeriodAndZeroQuantities() {
		GoodsStatement request = build("0", shipment("1", "O1", "1")).request();
		assertThat(request.serialNo()).isEqualTo(NUMBER);
		assertThat(request.customerCode()).isEqualTo("C101");
		assertThat(request.startDate()).isEqualTo("2025-09-01");
		assertThat(request.endDate()).isEqualTo("2025-09-30");
		assertThat(request.tradeMonth()).isEqualTo("2025-09");
		assertThat(request.zchsl()).isEqualTo("0");
		assertThat(request.zthsl()).isEqualTo("0");
		assertThat(request.zjcsl()).isEqualTo("0");
	}

	@Test
	void fieldsTheErpCannotFillAreLeftOut() {
		GoodsStatement request = build("0", shipment("1", "O1", "1")).request();
		assertThat(request.auto()).isNull();
		assertThat(request.deptCode()).isNull();
		assertThat(request.deptName()).isNull();
		assertThat(request.deptSourceCode()).isNull();
		assertThat(request.businessName()).isNull();
		assertThat(request.businessAddr()).isNull();
		assertThat(request.telphone()).isNull();
		assertThat(request.exts()).isNull();
		assertThat(request.trade().get(0).exts()).isNull();
	}

	@Test
	void februaryOfALeapYearEndsOnThe29th() {
		StagedLine line = Lines.withDate(shipment("1", "O1", "1"), LocalDate.of(2028, 2, 29));
		GoodsStatement request = GoodsStatementBuilder
			.build(NUMBER, "C101", YearMonth.of(2028, 2), BigDecimal.ZERO, List.of(line))
			.request();
		assertThat(request.startDate()).isEqualTo("2028-02-01");
		assertThat(request.endDate()).isEqualTo("2028-02-29");
		assertThat(request.tradeMonth()).isEqualTo("2028-02");
	}

	@Test
	void linesOfOneOrderAreOneTradeWithTheirSum() {
		GoodsStatement request = build("0", shipment("1", "O1", "10.25"), shipment("2", "O1", "-0.25"),
				shipment("3", "O2", "7"))
			.request();
		assertThat(request.trade()).extracting(GoodsStatementTrade::voucherNo).containsExactly("V-O1", "V-O2");
		GoodsStatementTrade first = request.trade().get(0);
		assertThat(first.tradeAmount()).isEqualTo("10.00");
		assertThat(first.detail()).extracting(GoodsStatementDetail::amount).containsExactly("10.25", "-0.25");
	}

	@Test
	void tradeCarriesTheStatementCustomerDateAndDescription() {
		StagedLine line = Lines.withDate(sentBack("1", "O1", "-304"), LocalDate.of(2025, 9, 29));
		GoodsStatementTrade trade = build("0", line).request().trade().get(0);
		assertThat(trade).isEqualTo(new GoodsStatementTrade(NUMBER, "1", "V-O1", "2025-09-29", "销售退货", "-304.00", "0",
				"C101", "2025-09-01", trade.detail(), null));
	}

	@Test
	void detailCarriesTheTradeVoucherGoodsAndAmount() {
		StagedLine line = Lines.withGoods(shipment("D7", "O1", "256"), "6901", "G01");
		GoodsStatementDetail detail = build("0", line).request().trade().get(0).detail().get(0);
		assertThat(detail).isEqualTo(
				new GoodsStatementDetail(NUMBER, "1", "V-O1", "6901", "G01", "256.00", "0", "C101", "2025-09-01"));
	}

	@Test
	void productNameFallsBackToTheItemTypeNameWithoutAGoodsCategory() {
		StagedLine line = Lines.withGoods(shipment("1", "O1", "1"), null, null);
		GoodsStatementDetail detail = build("0", line).request().trade().get(0).detail().get(0);
		assertThat(detail.productCode()).isNull();
		assertThat(detail.productName()).isEqualTo("销售应收");
	}

	@Test
	void tradesAreOrderedByDateThenBusinessTypeThenCodeThenId() {
		StagedLine late = Lines.withDate(shipment("1", "A", "1"), LocalDate.of(2025, 9, 20));
		StagedLine receiptSameDay = receipt("2", "B", "1");
		StagedLine codeZ = Lines.withOrderCode(shipment("3", "C", "1"), "Z-1");
		StagedLine codeA = Lines.withOrderCode(shipment("4", "D", "1"), "A-1");
		StagedLine noCode10 = Lines.withOrderCode(shipment("5", "10", "1"), null);
		StagedLine noCode9 = Lines.withOrderCode(shipment("6", "9", "1"), null);
		GoodsStatement request = build("0", late, receiptSameDay, codeZ, noCode10, codeA, noCode9).request();
		assertThat(request.trade()).extracting(GoodsStatementTrade::voucherNo)
			.containsExactly("A-1", "Z-1", "9", "10", "V-B", "V-A");
		assertThat(request.trade()).extracting(GoodsStatementTrade::serialNo)
			.containsExactly("1", "2", "3", "4", "5", "6");
	}

	@Test
	void sameOrderIdInTwoDocumentsIsTwoTrades() {
		StagedLine shipped = shipment("1", "42", "100");
		StagedLine paid = receipt("1", "42", "100");
		GoodsStatement request = build("0", paid, shipped).request();
		assertThat(request.trade()).extracting(GoodsStatementTrade::tradeDesc).containsExactly("销售应收", "销售收款");
	}

	@Test
	void detailsAreOrderedByDetailIdNumericallyAndNumberedWithinTheirTrade() {
		GoodsStatement request = build("0", shipment("10", "O1", "10"), shipment("9", "O1", "9"),
				shipment("x-1", "O1", "1"), shipment("100", "O2", "100"))
			.request();
		assertThat(request.trade().get(0).detail()).extracting(GoodsStatementDetail::productCode)
			.containsExactly("G-9", "G-10", "G-x-1");
		assertThat(request.trade().get(0).detail()).extracting(GoodsStatementDetail::serialNo)
			.containsExactly("1", "2", "3");
		assertThat(request.trade().get(1).detail()).extracting(GoodsStatementDetail::serialNo).containsExactly("1");
	}

	@Test
	void voucherFallsBackToTheOrderIdWithoutAnOrderCode() {
		StagedLine line = Lines.withOrderCode(shipment("1", "778899", "1"), null);
		GoodsStatementTrade trade = build("0", line).request().trade().get(0);
		assertThat(trade.voucherNo()).isEqualTo("778899");
		assertThat(trade.detail().get(0).voucherNo()).isEqualTo("778899");
	}

	@Test
	void tradeDescriptionIsTheItemTypeNameOfTheFirstLineByDetailId() {
		StagedLine first = Lines.withItemType(sentBack("2", "O1", "-1"), "XSYS-01", "销售应收");
		StagedLine second = sentBack("3", "O1", "-1");
		assertThat(build("0", second, first).request().trade().get(0).tradeDesc()).isEqualTo("销售应收");
	}

	@Test
	void customerWithoutLinesGetsAStatementWithNoTrades() {
		BuiltGoodsStatement built = build("88.80");
		assertThat(built.request().trade()).isEmpty();
		assertThat(built.request().zchje()).isEqualTo("0.00");
		assertThat(built.request().zthje()).isEqualTo("0.00");
		assertThat(built.request().zjkje()).isEqualTo("0.00");
		assertThat(built.request().zqmye()).isEqualTo("88.80");
		assertThat(built.totals().endBalance()).isEqualTo(built.totals().beginBalance());
	}

	@Test
	void sameLinesInAnotherOrderBuildAnEqualRequest() {
		List<StagedLine> lines = new ArrayList<>(List.of(shipment("1", "O1", "1"), shipment("2", "O2", "2"),
				sentBack("3", "O3", "-3"), receipt("4", "P1", "4"), shipment("5", "O1", "5")));
		GoodsStatement first = GoodsStatementBuilder.build(NUMBER, "C101", Lines.MONTH, BigDecimal.ONE, lines)
			.request();
		Collections.reverse(lines);
		GoodsStatement second = GoodsStatementBuilder.build(NUMBER, "C101", Lines.MONTH, BigDecimal.ONE, lines)
			.request();
		assertThat(second).isEqualTo(first);
		assertThat(ContentHash.of(second)).isEqualTo(ContentHash.of(first));
	}

	@Test
	void expenseLineIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> build("0", shipment("1", "O1", "1"), expense("2", "O2", "1")))
			.withMessage("Cannot build goods statement HK101202509C101: FB_RECEIVABLE line 2 is EXPENSE, "
					+ "only [SHIPMENT, RETURN, RECEIPT] belong here");
	}

	@Test
	void ignoredLineIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> build("0", Lines.line(Category.IGNORE, "1", "O1", "1")))
			.withMessageContaining("line 1 is IGNORE");
	}

	@Test
	void lineOfAnotherCustomerIsRejected() {
		StagedLine line = Lines.withParties(shipment("1", "O1", "1"), "101", "c101");
		assertThatIllegalArgumentException().isThrownBy(() -> build("0", line))
			.withMessageEndingWith("FB_RECEIVABLE line 1 is of customer c101, not C101");
	}

	@Test
	void lineOutsideTheMonthIsRejected() {
		StagedLine line = Lines.withDate(shipment("1", "O1", "1"), LocalDate.of(2025, 10, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> build("0", line))
			.withMessageEndingWith("FB_RECEIVABLE line 1 is dated 2025-10-01, outside 2025-09");
	}

	@Test
	void linesOfTwoCompaniesAreRejected() {
		StagedLine other = Lines.withParties(shipment("2", "O2", "1"), "102", "C101");
		assertThatIllegalArgumentException().isThrownBy(() -> build("0", shipment("1", "O1", "1"), other))
			.withMessageEndingWith("FB_RECEIVABLE line 2 is of company 102, the others of 101");
	}

	@Test
	void lineGivenTwiceIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> build("0", shipment("1", "O1", "1"), shipment("1", "O1", "1")))
			.withMessageEndingWith("FB_RECEIVABLE line 1 is given twice");
	}

	@Test
	void sameDetailIdInTwoDocumentsIsTwoLines() {
		StagedLine paid = receipt("1", "O1", "1");
		assertThat(paid.businessType()).isEqualTo(ErpBusinessType.FB_RECEIVE);
		assertThat(build("0", shipment("1", "O1", "1"), paid).request().trade()).hasSize(2);
	}

	@Test
	void orderCodeOf33CharactersIsRejectedNamingItsField() {
		StagedLine line = Lines.withOrderCode(shipment("1", "O1", "1"), "V".repeat(33));
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> build("0", line))
			.withMessageStartingWith("qince ksfStatement/saveStatement: trade[0].voucher_no is 33 characters long")
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("trade[0].voucher_no"));
	}

	@Test
	void orderCodeOf32CharactersIsAccepted() {
		StagedLine line = Lines.withOrderCode(shipment("1", "O1", "1"), "V".repeat(32));
		assertThat(build("0", line).request().trade().get(0).voucherNo()).hasSize(32);
	}

	@Test
	void goodsCodeOf33CharactersIsRejectedNamingItsDetail() {
		StagedLine line = Lines.withGoods(shipment("1", "O1", "1"), "G".repeat(33), null);
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> build("0", line))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("trade[0].detail[0].product_code"));
	}

	private static BuiltGoodsStatement build(String begin, StagedLine... lines) {
		return GoodsStatementBuilder.build(NUMBER, Lines.CUSTOMER, Lines.MONTH, new BigDecimal(begin), List.of(lines));
	}

}
