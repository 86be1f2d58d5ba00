package com.qincebridge.goods;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a goods statement's opening balance (期初余额) comes from: the previous month's
 * ending balance in our ledger, else a balance imported for the month
 * ({@code import-balances}), else zero — and which of the three it was, for the report.
 */
@Repository
public class OpeningBalances {

	private final JdbcClient jdbc;

	OpeningBalances(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Opening find(String companyCode, String customerCode, YearMonth month) {
		Optional<BigDecimal> previous = this.jdbc.sql("""
				SELECT end_balance FROM statement_ledger
				WHERE kind = 'GOODS' AND company_code = ? AND customer_code = ? AND trade_month = ?
					AND end_balance IS NOT NULL""")
			.params(companyCode, customerCode, month.minusMonths(1).toString())
			.query(BigDecimal.class)
			.optional();
		if (previous.isPresent()) {
			return new Opening(previous.get(), "LEDGER");
		}
		return this.jdbc
			.sql("SELECT amount FROM opening_balance WHERE company_code = ? AND customer_code = ? AND trade_month = ?")
			.params(companyCode, customerCode, month.toString())
			.query(BigDecimal.class)
			.optional()
			.map((amount) -> new Opening(amount, "IMPORTED"))
			.orElseGet(() -> new Opening(BigDecimal.ZERO, "ZERO"));
	}

	/**
	 * Store imported opening balances; a balance imported again for the same company,
	 * customer and month replaces the earlier one.
	 */
	@Transactional
	public void save(List<OpeningBalanceFile.Balance> balances, String source) {
		for (OpeningBalanceFile.Balance balance : balances) {
			int updated = this.jdbc.sql("""
					UPDATE opening_balance SET amount = ?, source = ?, imported_at = CURRENT_TIMESTAMP
					WHERE company_code = ? AND customer_code = ? AND trade_month = ?""")
				.params(balance.amount(), source, balance.companyCode(), balance.customerCode(),
						balance.tradeMonth().toString())
				.update();
			if (updated == 0) {
				this.jdbc.sql("""
						INSERT INTO opening_balance (company_code, customer_code, trade_month, amount, source)
						VALUES (?, ?, ?, ?, ?)""")
					.params(balance.companyCode(), balance.customerCode(), balance.tradeMonth().toString(),
							balance.amount(), source)
					.update();
			}
		}
	}

	/**
	 * @param source LEDGER, IMPORTED or ZERO
	 */
	public record Opening(BigDecimal amount, String source) {
	}

}
