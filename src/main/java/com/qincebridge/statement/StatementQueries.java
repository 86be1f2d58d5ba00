package com.qincebridge.statement;

import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;

import com.qincebridge.support.PagingReaders;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;

/**
 * The reader of the build step: the statements a run builds. It pages by a unique sort
 * key, so on restart it uses the last sort key read to locate the first page to read.
 */
public final class StatementQueries {

	private StatementQueries() {
	}

	/** (company, customer) pairs that get a statement of the kind for the month. */
	public static JdbcPagingItemReader<StatementKey> statementKeys(DataSource dataSource, StatementKind kind,
			YearMonth month, long jobInstanceId, int pageSize) {
		String categories = kind.categories()
			.stream()
			.map((category) -> "'" + category.name() + "'")
			.sorted()
			.collect(Collectors.joining(","));
		String pairs = """
				(SELECT l.company_code, l.counterparty_code AS customer_code FROM erp_line l
					JOIN statement_customer c ON c.customer_code = l.counterparty_code AND c.job_instance_id = :instance
					WHERE l.order_date BETWEEN :first AND :last AND l.category IN (%s)
				UNION
				SELECT s.company_code, s.customer_code FROM statement_ledger s
					JOIN statement_customer c ON c.customer_code = s.customer_code AND c.job_instance_id = :instance
					WHERE s.kind = :kind AND (s.trade_month = :month OR (s.trade_month = :previous AND s.end_balance <> 0))
				UNION
				SELECT o.company_code, o.customer_code FROM opening_balance o
					JOIN statement_customer c ON c.customer_code = o.customer_code AND c.job_instance_id = :instance
					WHERE :kind = 'GOODS' AND o.trade_month = :month AND o.amount <> 0) pairs"""
			.formatted(categories);
		return PagingReaders.reader("statementKeys", dataSource, pageSize, "SELECT company_code, customer_code", pairs,
				null,
				Map.of("instance", jobInstanceId, "first", java.sql.Date.valueOf(month.atDay(1)), "last",
						java.sql.Date.valueOf(month.atEndOfMonth()), "kind", kind.name(), "month", month.toString(),
						"previous", month.minusMonths(1).toString()),
				PagingReaders.sortKeys("company_code", "customer_code"), (rs, row) -> new StatementKey(kind,
						rs.getString("company_code"), rs.getString("customer_code"), month));
	}

}
