package com.qincebridge.writeback;

import java.util.List;

import com.qincebridge.statement.StatementKind;
import com.qincebridge.statement.StatementState;
import com.qincebridge.support.Columns;
import com.qincebridge.support.TradeMonthRun;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of write-backs made to the ERP ({@code erp_writeback}): one row per target
 * (an order's voucher_no, a line's third_id) with the value written, DONE or FAILED with
 * zhixdl's reason. A restart leaves out what is recorded DONE with the same value. It
 * also tells which write-backs the verified statements of a month want that have no
 * outcome yet.
 */
@Repository
public class WriteBackLog {

	private final JdbcTemplate jdbc;

	private final JdbcClient client;

	WriteBackLog(JdbcTemplate jdbc, JdbcClient client) {
		this.jdbc = jdbc;
		this.client = client;
	}

	/** Record outcomes in the caller's transaction, in one JDBC batch. */
	void record(List<? extends WriteBackOutcome> outcomes, long jobExecutionId) {
		if (outcomes.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("""
				INSERT INTO erp_writeback (business_type, target, target_id, written_value, statement_no, state, reason,
					job_execution_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON DUPLICATE KEY UPDATE written_value = VALUES(written_value), statement_no = VALUES(statement_no),
					state = VALUES(state), reason = VALUES(reason), job_execution_id = VALUES(job_execution_id),
					written_at = CURRENT_TIMESTAMP""", outcomes, outcomes.size(), (ps, outcome) -> {
			WriteBack writeBack = outcome.writeBack();
			ps.setString(1, writeBack.businessType().name());
			ps.setString(2, writeBack.target().name());
			ps.setString(3, writeBack.targetId());
			ps.setString(4, writeBack.value());
			ps.setString(5, writeBack.statementNo());
			ps.setString(6, (outcome.done() ? WriteBackState.DONE : WriteBackState.FAILED).name());
			ps.setString(7, Columns.fit(outcome.reason(), 500));
			ps.setLong(8, jobExecutionId);
		});
	}

	/**
	 * How many write-backs the verified statements of a kind and month want (of the run's
	 * customers when it names some) that have no outcome with their value: neither done
	 * nor refused by zhixdl.
	 */
	public long countNotMade(StatementKind kind, TradeMonthRun run) {
		return notMade("SELECT COUNT(*)", kind, run, "").query(Long.class).single();
	}

	/**
	 * The first of those write-backs, by business type, target and id, each as
	 * {@code FB_RECEIVABLE ORDER 1001 = HK1012509C101-0001}.
	 */
	public List<String> notMade(StatementKind kind, TradeMonthRun run, int limit) {
		return notMade("SELECT wanted.business_type, wanted.target, wanted.target_id, wanted.written_value", kind, run,
				" ORDER BY wanted.business_type, wanted.target, wanted.target_id LIMIT " + Math.max(0, limit))
			.query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " = "
					+ rs.getString(4))
			.list();
	}

	private JdbcClient.StatementSpec notMade(String select, StatementKind kind, TradeMonthRun run, String order) {
		// each target's rows without an outcome (normally none) before the union, which
		// the database materialises
		String customers = run.customers().isEmpty() ? "" : " AND s.customer_code IN (:customers)";
		JdbcClient.StatementSpec spec = this.client
			.sql(select + """

					FROM (%s
					UNION ALL
					%s) wanted""".formatted(WantedWriteBacks.withoutOutcome(kind, WriteBack.Target.ORDER) + customers,
					WantedWriteBacks.withoutOutcome(kind, WriteBack.Target.DETAIL) + customers) + order)
			.param("kind", kind.name())
			.param("month", run.tradeMonth().toString())
			.param("verified", StatementState.VERIFIED.name())
			.param("outcomes", List.of(WriteBackState.DONE.name(), WriteBackState.FAILED.name()));
		return run.customers().isEmpty() ? spec : spec.param("customers", List.copyOf(run.customers()));
	}

}
