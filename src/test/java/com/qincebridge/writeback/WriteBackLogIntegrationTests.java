package com.qincebridge.writeback;

import java.time.YearMonth;
import java.util.Set;

import com.qincebridge.statement.StatementKind;
import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.support.TradeMonthRun;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The final check's count of the write-backs not made, on the real database: the
 * write-backs the verified statements of the kind, month (and customers) want without an
 * outcome (DONE or FAILED) of the same value. A DONE of another value, or a statement
 * whose Qince id is unknown, still counts; statements of other months, kinds or states
 * want nothing; an expense statement wants no voucher_no on an order with goods lines.
 */
@BridgeIntegrationTest
class WriteBackLogIntegrationTests {

	static final YearMonth SEPTEMBER = YearMonth.of(2025, 9);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WriteBackLog log;

	@BeforeEach
	void month() {
		for (String table : new String[] { "erp_line", "statement_ledger", "statement_line", "erp_writeback" }) {
			this.jdbc.sql("DELETE FROM " + table).update();
		}
		// goods: HK1 of C1, partly made
		statement("HK1", "GOODS", "C1", "2025-09", "VERIFIED", "Q1");
		line("HK1", "FB_RECEIVABLE", "d1", "o1");
		line("HK1", "FB_RECEIVABLE", "d2", "o1");
		line("HK1", "FB_RECEIVE", "d3", "o2");
		outcome("FB_RECEIVABLE", "ORDER", "o1", "HK1", "DONE");
		outcome("FB_RECEIVABLE", "DETAIL", "d1", "Q1", "DONE");
		outcome("FB_RECEIVABLE", "DETAIL", "d2", "Q1", "FAILED");
		outcome("FB_RECEIVE", "DETAIL", "d3", "Q0", "DONE");
		// HK2 of C2: nothing made
		statement("HK2", "GOODS", "C2", "2025-09", "VERIFIED", "Q2");
		line("HK2", "FB_RECEIVABLE", "d4", "o3");
		// HK3 sent, not verified; HK4 of another month, all of C1: they want nothing
		statement("HK3", "GOODS", "C1", "2025-09", "SENT", "Q3");
		line("HK3", "FB_RECEIVABLE", "d5", "o4");
		statement("HK4", "GOODS", "C1", "2025-08", "VERIFIED", "Q4");
		line("HK4", "FB_RECEIVABLE", "d9", "o9");
		// HK5 of C4, verified but no longer listed by Qince: its third_id is unknown
		statement("HK5", "GOODS", "C4", "2025-09", "VERIFIED", null);
		line("HK5", "FB_RECEIVABLE", "d8", "o7");
		outcome("FB_RECEIVABLE", "DETAIL", "d8", null, "DONE");
		// expense FY1 of C1: o5 holds a goods line (voucher_no is the goods statement's)
		statement("FY1", "EXPENSE", "C1", "2025-09", "VERIFIED", "QF1");
		line("FY1", "FB_PAYABLE", "d6", "o5");
		line("FY1", "FB_PAYABLE", "d7", "o6");
		erpLine("FB_PAYABLE", "d6", "o5", "EXPENSE");
		erpLine("FB_PAYABLE", "d60", "o5", "SHIPMENT");
		erpLine("FB_PAYABLE", "d7", "o6", "EXPENSE");
		outcome("FB_PAYABLE", "ORDER", "o6", "FY1", "FAILED");
	}

	@Test
	void theGoodsWriteBacksNotMadeAreThoseWithoutAnOutcomeOfTheirValue() {
		TradeMonthRun month = TradeMonthRun.wholeMonth(SEPTEMBER);

		assertThat(this.log.countNotMade(StatementKind.GOODS, month)).isEqualTo(6);
		assertThat(this.log.notMade(StatementKind.GOODS, month, 10)).containsExactly("FB_RECEIVABLE DETAIL d4 = Q2",
				"FB_RECEIVABLE DETAIL d8 = null", "FB_RECEIVABLE ORDER o3 = HK2", "FB_RECEIVABLE ORDER o7 = HK5",
				"FB_RECEIVE DETAIL d3 = Q1", "FB_RECEIVE ORDER o2 = HK1");
		assertThat(this.log.notMade(StatementKind.GOODS, month, 3)).containsExactly("FB_RECEIVABLE DETAIL d4 = Q2",
				"FB_RECEIVABLE DETAIL d8 = null", "FB_RECEIVABLE ORDER o3 = HK2");
		assertThat(this.log.countNotMade(StatementKind.GOODS, TradeMonthRun.wholeMonth(YearMonth.of(2025, 8))))
			.isEqualTo(2);
	}

	@Test
	void aRunOfSomeCustomersCountsOnlyTheirs() {
		TradeMonthRun c1 = new TradeMonthRun(SEPTEMBER, SEPTEMBER.atDay(1), SEPTEMBER.atEndOfMonth(), Set.of("C1"));
		TradeMonthRun c2c4 = new TradeMonthRun(SEPTEMBER, SEPTEMBER.atDay(1), SEPTEMBER.atEndOfMonth(),
				Set.of("C2", "C4"));

		assertThat(this.log.countNotMade(StatementKind.GOODS, c1)).isEqualTo(2);
		assertThat(this.log.notMade(StatementKind.GOODS, c1, 10)).containsExactly("FB_RECEIVE DETAIL d3 = Q1",
				"FB_RECEIVE ORDER o2 = HK1");
		assertThat(this.log.countNotMade(StatementKind.GOODS, c2c4)).isEqualTo(4);
		assertThat(this.log.countNotMade(StatementKind.EXPENSE, c2c4)).isZero();
		assertThat(this.log.notMade(StatementKind.EXPENSE, c2c4, 10)).isEmpty();
	}

	@Test
	void anExpenseStatementWantsNoVoucherNumberOnAnOrderWithGoodsLines() {
		TradeMonthRun month = TradeMonthRun.wholeMonth(SEPTEMBER);

		assertThat(this.log.countNotMade(StatementKind.EXPENSE, month)).isEqualTo(2);
		assertThat(this.log.notMade(StatementKind.EXPENSE, month, 10)).containsExactly("FB_PAYABLE DETAIL d6 = QF1",
				"FB_PAYABLE DETAIL d7 = QF1");

		outcome("FB_PAYABLE", "DETAIL", "d6", "QF1", "DONE");
		outcome("FB_PAYABLE", "DETAIL", "d7", "QF1", "FAILED");
		assertThat(this.log.countNotMade(StatementKind.EXPENSE, month)).isZero();
		assertThat(this.log.notMade(StatementKind.EXPENSE, month, 10)).isEmpty();
	}

	private void statement(String number, String kind, String customer, String month, String state,
			@Nullable String qinceId) {
		this.jdbc.sql("""
				INSERT INTO statement_ledger (statement_no, kind, company_code, customer_code, trade_month,
					total_amount, line_count, trade_count, content_json, content_hash, state, qince_statement_id)
				VALUES (?, ?, ?, ?, ?, 0, 1, 1, '{}', 'h', ?, ?)""")
			.params(number, kind, "A" + number, customer, month, state, qinceId)
			.update();
	}

	private void line(String number, String businessType, String detail, String order) {
		this.jdbc
			.sql("INSERT INTO statement_line (statement_no, business_type, detail_id, order_id, amount)"
					+ " VALUES (?, ?, ?, ?, 1)")
			.params(number, businessType, detail, order)
			.update();
	}

	private void erpLine(String businessType, String detail, String order, String category) {
		this.jdbc.sql("""
				INSERT INTO erp_line (business_type, detail_id, order_id, company_code, order_date, window_date,
					amount, category, raw_json)
				VALUES (?, ?, ?, 'A', '2025-09-10', '2025-09-10', 1, ?, '{}')""")
			.params(businessType, detail, order, category)
			.update();
	}

	private void outcome(String businessType, String target, String id, @Nullable String value, String state) {
		this.jdbc.sql("""
				INSERT INTO erp_writeback (business_type, target, target_id, written_value, statement_no, state,
					job_execution_id)
				VALUES (?, ?, ?, ?, 'HK0', ?, 1)""").params(businessType, target, id, value, state).update();
	}

}
