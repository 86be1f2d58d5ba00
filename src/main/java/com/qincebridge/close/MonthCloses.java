package com.qincebridge.close;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Optional;

import com.qincebridge.statement.StatementState;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closed months ({@code month_close}): which months are closed, with the totals they
 * were closed with, and their reopenings.
 */
@Repository
public class MonthCloses {

	private final JdbcClient jdbc;

	MonthCloses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The month's close record, whether CLOSED or REOPENED; empty when never closed. */
	public Optional<MonthClose> find(YearMonth month) {
		return this.jdbc.sql("""
				SELECT trade_month, state, closed_at, job_execution_id, goods_statements, goods_end_balance,
					expense_statements, expense_total, not_verified, reopen_count
				FROM month_close WHERE trade_month = ?""")
			.param(month.toString())
			.query((rs, row) -> new MonthClose(YearMonth.parse(rs.getString(1)), rs.getString(2), rs.getTimestamp(3),
					rs.getLong(4), rs.getInt(5), rs.getBigDecimal(6), rs.getInt(7), rs.getBigDecimal(8), rs.getInt(9),
					rs.getInt(10)))
			.optional();
	}

	/**
	 * Reopen a CLOSED month so that month-end-close may close it again.
	 * @return whether the month was CLOSED
	 */
	public boolean reopen(YearMonth month) {
		return this.jdbc.sql("""
				UPDATE month_close SET state = 'REOPENED', reopened_at = CURRENT_TIMESTAMP,
					reopen_count = reopen_count + 1
				WHERE trade_month = ? AND state = 'CLOSED'""").param(month.toString()).update() == 1;
	}

	/** Close the month with the totals of its statements in the ledger now. */
	@Transactional
	public MonthClose close(YearMonth month, long jobExecutionId) {
		Object[] totals = this.jdbc.sql("""
				SELECT
					COALESCE(SUM(CASE WHEN kind = 'GOODS' THEN 1 ELSE 0 END), 0),
					COALESCE(SUM(CASE WHEN kind = 'GOODS' AND state <> :invalid THEN end_balance ELSE 0 END), 0),
					COALESCE(SUM(CASE WHEN kind = 'EXPENSE' THEN 1 ELSE 0 END), 0),
					COALESCE(SUM(CASE WHEN kind = 'EXPENSE' AND state <> :invalid THEN total_amount ELSE 0 END), 0),
					COALESCE(SUM(CASE WHEN state <> :verified THEN 1 ELSE 0 END), 0)
				FROM statement_ledger WHERE trade_month = :month""")
			.param("invalid", StatementState.INVALID.name())
			.param("verified", StatementState.VERIFIED.name())
			.param("month", month.toString())
			.query((rs,
					row) -> new Object[] { rs.getInt(1), rs.getBigDecimal(2), rs.getInt(3), rs.getBigDecimal(4),
							rs.getInt(5) })
			.single();
		Object[] values = { totals[0], totals[1], totals[2], totals[3], totals[4], jobExecutionId, month.toString() };
		int updated = this.jdbc.sql("""
				UPDATE month_close SET state = 'CLOSED', closed_at = CURRENT_TIMESTAMP, goods_statements = ?,
					goods_end_balance = ?, expense_statements = ?, expense_total = ?, not_verified = ?,
					job_execution_id = ?
				WHERE trade_month = ?""").params(values).update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO month_close (state, closed_at, goods_statements, goods_end_balance, expense_statements,
						expense_total, not_verified, job_execution_id, trade_month)
					VALUES ('CLOSED', CURRENT_TIMESTAMP, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
		}
		return find(month).orElseThrow();
	}

	/**
	 * A month's close record.
	 *
	 * @param state CLOSED, or REOPENED while it is being closed again
	 * @param notVerified statements of the month that Qince did not list as sent
	 * (REJECTED, CONFLICT, INVALID) when it was closed
	 */
	public record MonthClose(YearMonth month, String state, @Nullable Timestamp closedAt, long jobExecutionId,
			int goodsStatements, BigDecimal goodsEndBalance, int expenseStatements, BigDecimal expenseTotal,
			int notVerified, int reopenCount) {

		public boolean isClosed() {
			return "CLOSED".equals(this.state);
		}

		/** What an operator is told about the month. */
		public String describe() {
			return String.format(
					"%s closed at %s by execution %d: %d 货款对账单 (ending balances %s), %d 费用对账单 (total %s)%s%s",
					this.month, (this.closedAt != null) ? this.closedAt.toLocalDateTime().withNano(0) : "-",
					this.jobExecutionId, this.goodsStatements, money(this.goodsEndBalance), this.expenseStatements,
					money(this.expenseTotal),
					(this.notVerified > 0) ? "; " + this.notVerified + " statements not verified in Qince" : "",
					(this.reopenCount > 0) ? "; reopened " + this.reopenCount + " times" : "");
		}

		private static String money(BigDecimal amount) {
			return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
		}

	}

}
