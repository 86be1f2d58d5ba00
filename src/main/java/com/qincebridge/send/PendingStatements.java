package com.qincebridge.send;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Map;

import javax.sql.DataSource;

import com.qincebridge.statement.StatementKind;
import com.qincebridge.statement.StatementState;
import com.qincebridge.support.PagingReaders;

import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;

/**
 * The reader of the send step: statements of the kind and month waiting to be sent
 * (BUILT), by statement number. On restart, it uses the last statement number read to
 * locate the first page to read.
 */
final class PendingStatements {

	private PendingStatements() {
	}

	static JdbcPagingItemReader<PendingStatement> reader(DataSource dataSource, StatementKind kind, YearMonth month,
			int pageSize) {
		return PagingReaders.reader("pendingStatements", dataSource, pageSize, """
				SELECT statement_no, customer_code, trade_month, content_json, content_hash, attempt_hash, attempt_at,
					attempt_qince_modify_time, qince_statement_id, qince_status, qince_modify_time""",
				"statement_ledger", "kind = :kind AND trade_month = :month AND state = :built",
				Map.of("kind", kind.name(), "month", month.toString(), "built", StatementState.BUILT.name()),
				PagingReaders.sortKeys("statement_no"), (rs, row) -> {
					Timestamp attemptAt = rs.getTimestamp("attempt_at");
					return new PendingStatement(rs.getString("statement_no"), kind, rs.getString("customer_code"),
							rs.getString("trade_month"), rs.getString("content_json"), rs.getString("content_hash"),
							rs.getString("attempt_hash"), (attemptAt != null) ? attemptAt.toLocalDateTime() : null,
							rs.getString("attempt_qince_modify_time"), rs.getString("qince_statement_id"),
							rs.getString("qince_status"), rs.getString("qince_modify_time"));
				});
	}

}
