package com.qincebridge.expense;

import com.qincebridge.statement.ContentHash;
import com.qincebridge.statement.Lines;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.qincebridge.staging.Category;
import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.http.InvalidRequestException;
import com.qincebridge.qince.ExpenseStatement;
import com.qincebridge.qince.ExpenseStatementTrade;
import com.qincebridge.qince.QinceExt;
import com.qincebridge.staging.StagedLine;
import org.junit.jupiter.api.Test;

import static com.qincebridge.statement.Lines.expense;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ExpenseStatementBuilderTests {

	private static final String NUMBER = "FY101202509C101";

	private static final ExpenseMapping MAPPING = ExpenseMapping.parse("""
			trade-type.FYYS-01=11
			trade-type.FYYF-01=12
			trade-type.default=19
			trade-ext.金额=amount
			trade-ext.费用类型=item_type_name
			statement-ext.费用合计=total_amount
			statement-ext.单据数=trade_count
			""", "test.properties");

	@Test
	void headerHasTheNumberCustomerAndPeriod() {
		ExpenseStatement request = build(expense("1", "O1", "1")).request();
		assertThat(request.statementNo()).isEqualTo(NUMBER);
		assertThat(request.customerCode()).isEqualTo("C101");
		assertThat(request.startDate()).isEqualTo("2025-09-01");
		assertThat(request.endDate()).isEqualTo("2025-09-30");
		assertThat(request.tradeMonth()).isEqualTo("2025-09");
		assertThat(request.deptCode()).isNull();
		assertThat(request.deptName()).isNull();
		assertThat(request.deptSourceCode()).isNull();
	}

	@Test
	void tradeDateIsTheOrderDateAtMidnight() {
		StagedLine line = Lines.withDate(expense("1", "O1", "1"), LocalDate.of(2025, 9, 3));
		assertThat(build(line).request().trade().get(0).tradeDate()).isEqualTo("2025-09-03 00:00:00");
	}

	@Test
	void tradeHasItsSerialVoucherTypeAndExts() {
		ExpenseStatementTrade trade = build(expense("1", "O1", "150"), expense("2", "O1", "0.5")).request()
			.trade()
			.get(0);
		assertThat(trade).isEqualTo(new ExpenseStatementTrade("1", "V-O1", "2025-09-05 00:00:00", "11",
				List.of(new QinceExt("金额", "150.50"), new QinceExt("费用类型", "费用应收"))));
	}

	@Test
	void tradeTypeFollowsTheItemTypeCode() {
		StagedLine owedToCustomer = Lines.withItemType(expense("2", "O2", "30"), "FYYF-01", "费用应付");
		StagedLine unmapped = Lines.withItemType(expense("3", "O3", "30"), "QTFY-01", "其他费用");
		List<ExpenseStatementTrade> trades = build(expense("1", "O1", "1"), owedToCustomer, unmapped).request().trade();
		assertThat(trades).extracting(ExpenseStatementTrade::tradeType).containsExactly("11", "12", "19");
	}

	@Test
	void statementExtsCarryTheTotalAndTheNumberOfTrades() {
		ExpenseStatement request = build(expense("1", "O1", "100.004"), expense("2", "O2", "0.001"),
				expense("3", "O2", "-20"))
			.request();
		assertThat(request.exts()).containsExactly(new QinceExt("费用合计", "80.01"), new QinceExt("单据数", "2"));
	}

	@Test
	void totalIsTheExactSumOfTheLines() {
		BuiltExpenseStatement built = build(expense("1", "O1", "100.004"), expense("2", "O2", "0.001"),
				expense("3", "O3", "-20"));
		assertThat(built.total()).isEqualTo(new BigDecimal("80.005"));
	}

	@Test
	void tradesAreOneOrderEachInDateOrderNumberedFromOne() {
		StagedLine late = Lines.withDate(expense("1", "A", "1"), LocalDate.of(2025, 9, 28));
		StagedLine early = Lines.withDate(expense("2", "B", "1"), LocalDate.of(2025, 9, 1));
		StagedLine earlySecondLine = Lines.withDate(expense("3", "B", "1"), LocalDate.of(2025, 9, 1));
		List<ExpenseStatementTrade> trades = build(late, earlySecondLine, early).request().trade();
		assertThat(trades).extracting(ExpenseStatementTrade::voucherNo).containsExactly("V-B", "V-A");
		assertThat(trades).extracting(ExpenseStatementTrade::serialNo).containsExactly("1", "2");
	}

	@Test
	void voucherFallsBackToTheOrderId() {
		StagedLine line = Lines.withOrderCode(expense("1", "556677", "1"), null);
		assertThat(build(line).request().trade().get(0).voucherNo()).isEqualTo("556677");
	}

	@Test
	void customerWithoutExpensesGetsAnEmptyStatement() {
		BuiltExpenseStatement built = build();
		assertThat(built.request().trade()).isEmpty();
		assertThat(built.request().exts()).containsExactly(new QinceExt("费用合计", "0.00"), new QinceExt("单据数", "0"));
		assertThat(built.total()).isEqualByComparingTo("0");
	}

	@Test
	void mappingWithoutExtsLeavesThemOut() {
		ExpenseMapping bare = ExpenseMapping.parse("trade-type.default=1", "bare.properties");
		ExpenseStatement request = ExpenseStatementBuilder
			.build(NUMBER, "C101", Lines.MONTH, List.of(expense("1", "O1", "1")), bare)
			.request();
		assertThat(request.exts()).isNull();
		assertThat(request.trade().get(0).exts()).isNull();
	}

	@Test
	void goodsLineIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> build(expense("1", "O1", "1"), Lines.shipment("2", "O2", "1")))
			.withMessage("Cannot build expense statement FY101202509C101: FB_RECEIVABLE line 2 is SHIPMENT, "
					+ "only [EXPENSE] belong here");
	}

	@Test
	void lineOfAnotherCustomerIsRejected() {
		StagedLine line = Lines.withParties(expense("1", "O1", "1"), "101", "C102");
		assertThatIllegalArgumentException().isThrownBy(() -> build(line))
			.withMessageEndingWith("line 1 is of customer C102, not C101");
	}

	@Test
	void extValueOf33CharactersIsRejectedNamingItsPath() {
		StagedLine line = Lines.withItemType(expense("1", "O1", "1"), "FYYS-01", "费".repeat(33));
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> build(line))
			.withMessageStartingWith("qince ksfreport/saveExpense: trade[0].exts[1].ext_value is 33 characters long")
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("trade[0].exts[1].ext_value"));
	}

	@Test
	void extValueOf32CharactersIsAccepted() {
		StagedLine line = Lines.withItemType(expense("1", "O1", "1"), "FYYS-01", "费".repeat(32));
		assertThat(build(line).request().trade().get(0).exts()).contains(new QinceExt("费用类型", "费".repeat(32)));
	}

	@Test
	void orderCodeOf33CharactersIsRejectedNamingItsPath() {
		StagedLine line = Lines.withOrderCode(expense("1", "O1", "1"), "F".repeat(33));
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> build(line))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("trade[0].voucher_no"));
	}

	@Test
	void sameLinesBuildAnEqualRequestWithAnEqualHash() {
		BuiltExpenseStatement first = build(expense("1", "O1", "1"), expense("2", "O2", "2"));
		BuiltExpenseStatement second = build(expense("2", "O2", "2"), expense("1", "O1", "1"));
		assertThat(second).isEqualTo(first);
		assertThat(ContentHash.of(second.request())).isEqualTo(ContentHash.of(first.request()));
	}

	@Test
	void anExpenseOwedToTheCustomerCountsNegativeAgainstTheFeesItOwes() {
		StagedLine fee = expense("1", "O1", "300.00");
		StagedLine owed = new StagedLine(ErpBusinessType.FB_PAYABLE, "2", "O2", "V-O2", Lines.COMPANY, Lines.CUSTOMER,
				"门店一", Lines.MONTH.atDay(6), "6", "费用应付", "FYYF-01", "费用应付", "G-2", null, new BigDecimal("120.25"),
				Category.EXPENSE);

		BuiltExpenseStatement built = build(fee, owed);

		assertThat(built.total()).isEqualByComparingTo("179.75");
		assertThat(built.request().trade().get(1).exts()).contains(new QinceExt("金额", "-120.25"));
		assertThat(built.request().exts()).contains(new QinceExt("费用合计", "179.75"));
	}

	private static BuiltExpenseStatement build(StagedLine... lines) {
		return ExpenseStatementBuilder.build(NUMBER, Lines.CUSTOMER, Lines.MONTH, List.of(lines), MAPPING);
	}

}
