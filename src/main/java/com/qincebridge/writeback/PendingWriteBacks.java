package com.qincebridge.writeback;

import java.time.YearMonth;
import java.util.Map;

import javax.sql.DataSource;

import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.statement.StatementKind;
import com.qincebridge.statement.StatementState;
import com.qincebridge.support.PagingReaders;

import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;

/**
 * The reader of the write-back step: the write-backs the verified statements of the kind
 * and month still need, update_voucher_no (the statement number) on each ERP order and
 * update_third_id (Qince's statement id) on each ERP line, unless the same value was
 * written before. On restart, it uses the last (business type, target, id) read to locate
 * the first page to read.
 */
final class PendingWriteBacks {

	private PendingWriteBacks() {
	}

	static JdbcPagingItemReader<WriteBack> reader(DataSource dataSource, StatementKind kind, YearMonth month,
			int pageSize) {
		String wanted = """
				(SELECT DISTINCT sl.business_type, 'ORDER' AS target, sl.order_id AS target_id,
					s.statement_no AS written_value, s.statement_no, s.customer_code
				FROM statement_line sl JOIN statement_ledger s ON s.statement_no = sl.statement_no
				WHERE s.kind = :kind AND s.trade_month = :month AND s.state = :verified
				UNION ALL
				SELECT sl.business_type, 'DETAIL' AS target, sl.detail_id AS target_id,
					s.qince_statement_id AS written_value, s.statement_no, s.customer_code
				FROM statement_line sl JOIN statement_ledger s ON s.statement_no = sl.statement_no
				WHERE s.kind = :kind AND s.trade_month = :month AND s.state = :verified) wanted""";
		return PagingReaders.reader("pendingWriteBacks", dataSource, pageSize,
				"SELECT business_type, target, target_id, written_value, statement_no, customer_code", wanted, """
						NOT EXISTS (SELECT 1 FROM erp_writeback done WHERE done.business_type = wanted.business_type
							AND done.target = wanted.target AND done.target_id = wanted.target_id
							AND done.written_value = wanted.written_value AND done.state = :done)""",
				Map.of("kind", kind.name(), "month", month.toString(), "verified", StatementState.VERIFIED.name(),
						"done", WriteBackState.DONE.name()),
				PagingReaders.sortKeys("business_type", "target", "target_id"),
				(rs, row) -> new WriteBack(ErpBusinessType.valueOf(rs.getString("business_type")),
						WriteBack.Target.valueOf(rs.getString("target")), rs.getString("target_id"),
						rs.getString("written_value"), rs.getString("statement_no"), rs.getString("customer_code")));
	}

}
