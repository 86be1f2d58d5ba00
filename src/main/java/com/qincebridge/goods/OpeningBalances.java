package com.qincebridge.goods;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.qincebridge.statement.StatementKey;

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

	/**
	 * The openings of some goods statements, in two queries per company and month among
	 * them whatever their number.
	 * @return every statement asked for, with its opening
	 */
	public Map<StatementKey, Opening> find(Collection<StatementKey> keys) {
		Map<List<Object>, List<StatementKey>> groups = new LinkedHashMap<>();
		keys.forEach((key) -> groups
			.computeIfAbsent(List.of(key.companyCode(), key.tradeMonth()), (group) -> new ArrayList<>())
			.add(key));
		Map<StatementKey, Opening> openings = new HashMap<>();
		groups.values().forEach((group) -> {
			String company = group.get(0).companyCode();
			YearMonth month = group.get(0).tradeMonth();
			List<String> customers = group.stream().map(StatementKey::customerCode).distinct().sorted().toList();
			Map<String, BigDecimal> previous = amounts("""
					SELECT customer_code, end_balance FROM statement_ledger
					WHERE kind = 'GOODS' AND company_code = :company AND customer_code IN (:customers)
						AND trade_month = :month AND end_balance IS NOT NULL""", company, customers,
					month.minusMonths(1));
			Map<String, BigDecimal> imported = amounts("""
					SELECT customer_code, amount FROM opening_balance
					WHERE company_code = :company AND customer_code IN (:customers) AND trade_month = :month""",
					company, customers, month);
			for (StatementKey key : group) {
				BigDecimal ledger = previous.get(key.customerCode());
				BigDecimal file = imported.get(key.customerCode());
				openings.put(key, (ledger != null) ? new Opening(ledger, "LEDGER")
						: (file != null) ? new Opening(file, "IMPORTED") : new Opening(BigDecimal.ZERO, "ZERO"));
			}
		});
		return openings;
	}

	private Map<String, BigDecimal> amounts(String sql, String companyCode, List<String> customers, YearMonth month) {
		Map<String, BigDecimal> amounts = new HashMap<>();
		this.jdbc.sql(sql)
			.param("company", companyCode)
			.param("customers", customers)
			.param("month", month.toString())
			.query((rs) -> {
				amounts.put(rs.getString(1), rs.getBigDecimal(2));
			});
		return amounts;
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
