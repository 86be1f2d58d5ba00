package com.qincebridge.report;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;

import com.qincebridge.support.TradeMonthRun;
import com.qincebridge.report.RunReport.Money;
import com.qincebridge.statement.StatementKind;
import com.qincebridge.statement.StatementState;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reconciliation of a month's money for the statement customers of a run, straight
 * from the tables: what was staged, what is in statements, what is in statements that
 * cannot be sent, and what was quarantined.
 */
public final class StatementMoney {

	private final JdbcClient jdbc;

	private final StatementKind kind;

	private final YearMonth month;

	private final long instance;

	private final TradeMonthRun run;

	public StatementMoney(JdbcClient jdbc, StatementKind kind, YearMonth month, long instance, TradeMonthRun run) {
		this.jdbc = jdbc;
		this.kind = kind;
		this.month = month;
		this.instance = instance;
		this.run = run;
	}

	public Money compute() {
		List<String> categories = this.kind.categories().stream().map(Enum::name).sorted().toList();
		List<String> types = this.kind.businessTypes().stream().map(Enum::name).sorted().toList();
		Sum staged = sum("""
				SELECT COALESCE(SUM(l.amount), 0), COUNT(*) FROM erp_line l
				JOIN statement_customer c ON c.customer_code = l.counterparty_code AND c.job_instance_id = :instance
				WHERE l.order_date BETWEEN :first AND :last AND l.category IN (:categories) %s""",
				"l.counterparty_code", categories, types);
		Sum valid = sum("""
				SELECT COALESCE(SUM(sl.amount), 0), COUNT(*) FROM statement_line sl
				JOIN statement_ledger s ON s.statement_no = sl.statement_no
				JOIN statement_customer c ON c.customer_code = s.customer_code AND c.job_instance_id = :instance
				WHERE s.kind = :kind AND s.trade_month = :month AND s.state <> :invalid %s""", "s.customer_code",
				categories, types);
		Sum invalid = sum("""
				SELECT COALESCE(SUM(sl.amount), 0), COUNT(*) FROM statement_line sl
				JOIN statement_ledger s ON s.statement_no = sl.statement_no
				JOIN statement_customer c ON c.customer_code = s.customer_code AND c.job_instance_id = :instance
				WHERE s.kind = :kind AND s.trade_month = :month AND s.state = :invalid %s""", "s.customer_code",
				categories, types);
		Sum quarantined = sum(
				"""
						SELECT COALESCE(SUM(q.amount), 0), COUNT(*) FROM erp_line_quarantine q
						JOIN statement_customer c ON c.customer_code = q.counterparty_code AND c.job_instance_id = :instance
						WHERE q.window_date BETWEEN :first AND :last AND q.amount IS NOT NULL AND q.business_type IN (:types) %s""",
				"q.counterparty_code", categories, types);
		Sum unreadable = sum("""
				SELECT 0, COUNT(*) FROM erp_line_quarantine q
				WHERE q.window_date BETWEEN :first AND :last AND q.amount IS NULL AND q.business_type IN (:types) %s""",
				null, categories, types);
		return new Money(staged.amount(), staged.count(), valid.amount(), invalid.amount(), quarantined.amount(),
				quarantined.count(), unreadable.count());
	}

	private Sum sum(String sql, @Nullable String customerColumn, List<String> categories, List<String> types) {
		String customerFilter = (customerColumn == null || this.run.customers().isEmpty()) ? ""
				: "AND " + customerColumn + " IN (:customers)";
		var spec = this.jdbc.sql(sql.formatted(customerFilter));
		if (sql.contains(":instance")) {
			spec = spec.param("instance", this.instance);
		}
		if (sql.contains(":first")) {
			spec = spec.param("first", Date.valueOf(this.month.atDay(1)))
				.param("last", Date.valueOf(this.month.atEndOfMonth()));
		}
		if (sql.contains(":categories")) {
			spec = spec.param("categories", categories);
		}
		if (sql.contains(":types")) {
			spec = spec.param("types", types);
		}
		if (sql.contains(":kind")) {
			spec = spec.param("kind", this.kind.name()).param("month", this.month.toString());
		}
		if (sql.contains(":invalid")) {
			spec = spec.param("invalid", StatementState.INVALID.name());
		}
		if (!customerFilter.isEmpty()) {
			spec = spec.param("customers", List.copyOf(this.run.customers()));
		}
		return spec.query((rs, row) -> new Sum(rs.getBigDecimal(1), rs.getLong(2))).single();
	}

	private record Sum(BigDecimal amount, long count) {
	}

}
