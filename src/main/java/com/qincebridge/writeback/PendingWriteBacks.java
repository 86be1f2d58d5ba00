package com.qincebridge.writeback;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.statement.StatementKind;
import com.qincebridge.statement.StatementState;
import com.qincebridge.support.PagingReaders;

import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reader of the write-back step: the write-backs the verified statements of the kind
 * and month still need, update_voucher_no (the statement number) on each ERP order and
 * update_third_id (Qince's statement id) on each ERP line, unless the same value was
 * written before. They are written to the step's plan ({@code writeback_plan}) when the
 * reader is made, so that a page costs the same however large the month. On restart, it
 * uses the last (business type, target, id, statement) read to locate the first page to
 * read.
 * <p>
 * One owner per ERP order: an order holding goods lines (shipment, return, receipt)
 * carries the number of its 货款对账单 in voucher_no, even when some of its lines are
 * expenses; an expense statement writes voucher_no only on orders of expense lines alone.
 * Its lines still get third_id = the statement of each line. So voucher_no never flips
 * between HK… and FY… whatever the order the two jobs run in.
 */
final class PendingWriteBacks {

	private PendingWriteBacks() {
	}

	static JdbcPagingItemReader<WriteBack> reader(DataSource dataSource, StatementKind kind, YearMonth month,
			int pageSize) {
		long step = PagingReaders.currentStepExecutionId();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		PagingReaders.forgetEndedPlans(jdbc, "writeback_plan");
		// a text block would strip the space the condition needs after ":verified"
		String goodsOwned = (kind == StatementKind.EXPENSE)
				? " AND NOT EXISTS (SELECT 1 FROM erp_line goods WHERE goods.business_type = sl.business_type"
						+ " AND goods.order_id = sl.order_id AND goods.category IN ('SHIPMENT', 'RETURN', 'RECEIPT'))"
				: "";
		String orders = """
				SELECT DISTINCT :step, sl.business_type, 'ORDER', sl.order_id, s.statement_no, s.statement_no,
					s.customer_code""";
		String details = """
				SELECT :step, sl.business_type, 'DETAIL', sl.detail_id, s.statement_no, s.qince_statement_id,
					s.customer_code""";
		for (List<String> wanted : List.of(List.of(orders, goodsOwned), List.of(details, ""))) {
			jdbc.sql("""
					INSERT INTO writeback_plan (step_execution_id, business_type, target, target_id, statement_no,
						written_value, customer_code)
					%s
					FROM statement_line sl JOIN statement_ledger s ON s.statement_no = sl.statement_no
					WHERE s.kind = :kind AND s.trade_month = :month AND s.state = :verified""".formatted(wanted.get(0))
					+ wanted.get(1))
				.param("step", step)
				.param("kind", kind.name())
				.param("month", month.toString())
				.param("verified", StatementState.VERIFIED.name())
				.update();
		}
		return PagingReaders.reader("pendingWriteBacks", dataSource, pageSize,
				"SELECT business_type, target, target_id, written_value, statement_no, customer_code",
				"writeback_plan wanted", """
						wanted.step_execution_id = :step
						AND NOT EXISTS (SELECT 1 FROM erp_writeback done WHERE done.business_type = wanted.business_type
							AND done.target = wanted.target AND done.target_id = wanted.target_id
							AND done.written_value = wanted.written_value AND done.state = :done)""",
				Map.of("step", step, "done", WriteBackState.DONE.name()),
				PagingReaders.sortKeys("business_type", "target", "target_id", "statement_no"),
				(rs, row) -> new WriteBack(ErpBusinessType.valueOf(rs.getString("business_type")),
						WriteBack.Target.valueOf(rs.getString("target")), rs.getString("target_id"),
						rs.getString("written_value"), rs.getString("statement_no"), rs.getString("customer_code")));
	}

}
