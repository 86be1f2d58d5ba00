package com.qincebridge.writeback;

import java.time.YearMonth;
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
 * read. Which write-backs a statement wants: {@link WantedWriteBacks}.
 */
public final class PendingWriteBacks {

	/**
	 * The rows of a step's plan without a DONE outcome of their value: an anti-join on
	 * erp_writeback's primary key, in a derived table that the database merges. A NOT
	 * EXISTS here was materialised by MariaDB on a 1M-line month (a scan of every
	 * recorded write-back for each page, a cost that grows with the month).
	 */
	private static final String PENDING = """
			(SELECT w.business_type, w.target, w.target_id, w.written_value, w.statement_no, w.customer_code
			FROM writeback_plan w LEFT JOIN erp_writeback done ON done.business_type = w.business_type
				AND done.target = w.target AND done.target_id = w.target_id
				AND done.written_value = w.written_value AND done.state = :done
			WHERE w.step_execution_id = :step AND done.target_id IS NULL) wanted""";

	private PendingWriteBacks() {
	}

	/**
	 * How many write-backs of a write-back step's plan are still to be made (the progress
	 * line's calls left).
	 */
	public static long countLeft(JdbcClient jdbc, long stepExecutionId) {
		return jdbc.sql("SELECT COUNT(*) FROM " + PENDING)
			.param("step", stepExecutionId)
			.param("done", WriteBackState.DONE.name())
			.query(Long.class)
			.single();
	}

	static JdbcPagingItemReader<WriteBack> reader(DataSource dataSource, StatementKind kind, YearMonth month,
			int pageSize) {
		long step = PagingReaders.currentStepExecutionId();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		PagingReaders.forgetEndedPlans(jdbc, "writeback_plan");
		for (WriteBack.Target target : WriteBack.Target.values()) {
			jdbc.sql("""
					INSERT INTO writeback_plan (step_execution_id, business_type, target, target_id, statement_no,
						written_value, customer_code)
					SELECT :step, wanted.business_type, wanted.target, wanted.target_id, wanted.statement_no,
						wanted.written_value, wanted.customer_code
					FROM (%s) wanted""".formatted(WantedWriteBacks.select(kind, target)))
				.param("step", step)
				.param("kind", kind.name())
				.param("month", month.toString())
				.param("verified", StatementState.VERIFIED.name())
				.update();
		}
		return PagingReaders.reader("pendingWriteBacks", dataSource, pageSize,
				"SELECT business_type, target, target_id, written_value, statement_no, customer_code", PENDING, null,
				Map.of("step", step, "done", WriteBackState.DONE.name()),
				PagingReaders.sortKeys("business_type", "target", "target_id", "statement_no"),
				(rs, row) -> new WriteBack(ErpBusinessType.valueOf(rs.getString("business_type")),
						WriteBack.Target.valueOf(rs.getString("target")), rs.getString("target_id"),
						rs.getString("written_value"), rs.getString("statement_no"), rs.getString("customer_code")));
	}

}
