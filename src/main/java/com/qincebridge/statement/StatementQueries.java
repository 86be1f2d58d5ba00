package com.qincebridge.statement;

import com.qincebridge.send.PendingStatement;
import com.qincebridge.writeback.WriteBack;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.qincebridge.erp.ErpBusinessType;

import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;

/**
 * The paging readers of the statement steps. Each pages by a unique sort key, so on
 * restart it uses the last sort key read to locate the first page to read, even when rows
 * before it have changed state meanwhile.
 */
final class StatementQueries {

	private StatementQueries() {
	}

	/** (company, customer) pairs that get a statement of the kind for the month. */
	static JdbcPagingItemReader<StatementKey> statementKeys(DataSource dataSource, StatementKind kind, YearMonth month,
			long jobInstanceId, int pageSize) {
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
		return reader("statementKeys", dataSource, pageSize, "SELECT company_code, customer_code", pairs, null,
				Map.of("instance", jobInstanceId, "first", java.sql.Date.valueOf(month.atDay(1)), "last",
						java.sql.Date.valueOf(month.atEndOfMonth()), "kind", kind.name(), "month", month.toString(),
						"previous", month.minusMonths(1).toString()),
				sortKeys("company_code", "customer_code"), (rs, row) -> new StatementKey(kind,
						rs.getString("company_code"), rs.getString("customer_code"), month));
	}

	/** Statements of the kind and month waiting to be sent. */
	static JdbcPagingItemReader<PendingStatement> pendingStatements(DataSource dataSource, StatementKind kind,
			YearMonth month, int pageSize) {
		return reader("pendingStatements", dataSource, pageSize, """
				SELECT statement_no, customer_code, trade_month, content_json, content_hash, attempt_hash, attempt_at,
					attempt_qince_modify_time, qince_statement_id, qince_status, qince_modify_time""",
				"statement_ledger", "kind = :kind AND trade_month = :month AND state = 'BUILT'",
				Map.of("kind", kind.name(), "month", month.toString()), sortKeys("statement_no"), (rs, row) -> {
					Timestamp attemptAt = rs.getTimestamp("attempt_at");
					return new PendingStatement(rs.getString("statement_no"), kind, rs.getString("customer_code"),
							rs.getString("trade_month"), rs.getString("content_json"), rs.getString("content_hash"),
							rs.getString("attempt_hash"), (attemptAt != null) ? attemptAt.toLocalDateTime() : null,
							rs.getString("attempt_qince_modify_time"), rs.getString("qince_statement_id"),
							rs.getString("qince_status"), rs.getString("qince_modify_time"));
				});
	}

	/**
	 * Write-backs the verified statements of the kind and month still need:
	 * update_voucher_no (the statement number) on each ERP order, update_third_id
	 * (Qince's statement id) on each ERP line, unless the same value was written before.
	 */
	static JdbcPagingItemReader<WriteBack> pendingWriteBacks(DataSource dataSource, StatementKind kind, YearMonth month,
			int pageSize) {
		String wanted = """
				(SELECT DISTINCT sl.business_type, 'ORDER' AS target, sl.order_id AS target_id,
					s.statement_no AS written_value, s.statement_no, s.customer_code
				FROM statement_line sl JOIN statement_ledger s ON s.statement_no = sl.statement_no
				WHERE s.kind = :kind AND s.trade_month = :month AND s.state = 'VERIFIED'
				UNION ALL
				SELECT sl.business_type, 'DETAIL' AS target, sl.detail_id AS target_id,
					s.qince_statement_id AS written_value, s.statement_no, s.customer_code
				FROM statement_line sl JOIN statement_ledger s ON s.statement_no = sl.statement_no
				WHERE s.kind = :kind AND s.trade_month = :month AND s.state = 'VERIFIED') wanted""";
		return reader("pendingWriteBacks", dataSource, pageSize,
				"SELECT business_type, target, target_id, written_value, statement_no, customer_code", wanted, """
						NOT EXISTS (SELECT 1 FROM erp_writeback done WHERE done.business_type = wanted.business_type
							AND done.target = wanted.target AND done.target_id = wanted.target_id
							AND done.written_value = wanted.written_value AND done.state = 'DONE')""",
				Map.of("kind", kind.name(), "month", month.toString()),
				sortKeys("business_type", "target", "target_id"),
				(rs, row) -> new WriteBack(ErpBusinessType.valueOf(rs.getString("business_type")),
						WriteBack.Target.valueOf(rs.getString("target")), rs.getString("target_id"),
						rs.getString("written_value"), rs.getString("statement_no"), rs.getString("customer_code")));
	}

	private static Map<String, Order> sortKeys(String... columns) {
		Map<String, Order> keys = new java.util.LinkedHashMap<>();
		for (String column : columns) {
			keys.put(column, Order.ASCENDING);
		}
		return keys;
	}

	private static <T> JdbcPagingItemReader<T> reader(String name, DataSource dataSource, int pageSize, String select,
			String from, @org.jspecify.annotations.Nullable String where, Map<String, Object> parameters,
			Map<String, Order> sortKeys, org.springframework.jdbc.core.RowMapper<T> rowMapper) {
		JdbcPagingItemReaderBuilder<T> builder = new JdbcPagingItemReaderBuilder<T>().name(name)
			.dataSource(dataSource)
			.pageSize(pageSize)
			.selectClause(select)
			.fromClause(from)
			.parameterValues(parameters)
			.sortKeys(sortKeys)
			.rowMapper(rowMapper);
		if (where != null) {
			builder.whereClause(where);
		}
		try {
			return builder.build();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot build the reader " + name, ex);
		}
	}

}
