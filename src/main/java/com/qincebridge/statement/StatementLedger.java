package com.qincebridge.statement;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.qincebridge.support.Columns;
import com.qincebridge.support.TradeMonthRun;
import com.qincebridge.qince.QinceAck;
import com.qincebridge.qince.StatementStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statement ledger (the outbox): every statement built, what Qince last accepted, and
 * what Qince shows; each statement in a {@link StatementState}.
 */
@Repository
public class StatementLedger {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	StatementLedger(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/**
	 * Store built statements and the lines they hold, in a few batched statements
	 * whatever their number. Unchanged content keeps its state; content equal to what
	 * Qince last accepted counts as sent; any other content is to be sent.
	 */
	void storeAll(List<? extends BuiltStatement> statements, long jobExecutionId) {
		if (statements.isEmpty()) {
			return;
		}
		List<String> numbers = statements.stream().map(BuiltStatement::statementNo).toList();
		Map<String, Existing> existing = new HashMap<>();
		this.jdbc
			.sql("SELECT statement_no, state, sent_hash, content_hash FROM statement_ledger"
					+ " WHERE statement_no IN (:numbers)")
			.param("numbers", numbers)
			.query((rs) -> {
				existing.put(rs.getString(1),
						new Existing(StatementState.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)));
			});
		List<Object[]> updates = new ArrayList<>();
		List<Object[]> inserts = new ArrayList<>();
		for (BuiltStatement statement : statements) {
			Existing before = existing.get(statement.statementNo());
			((before != null) ? updates : inserts).add(values(statement, stateFor(statement, before), jobExecutionId));
		}
		if (!updates.isEmpty()) {
			this.jdbcTemplate.batchUpdate(
					"""
							UPDATE statement_ledger SET kind = ?, company_code = ?, customer_code = ?, trade_month = ?,
								begin_balance = ?, opening_source = ?, shipments = ?, returns_amount = ?, receipts = ?,
								end_balance = ?, total_amount = ?, line_count = ?, trade_count = ?, content_json = ?,
								content_hash = ?, state = ?, state_reason = ?, job_execution_id = ?, built_at = CURRENT_TIMESTAMP
							WHERE statement_no = ?""",
					updates);
		}
		if (!inserts.isEmpty()) {
			this.jdbcTemplate.batchUpdate("""
					INSERT INTO statement_ledger (kind, company_code, customer_code, trade_month, begin_balance,
						opening_source, shipments, returns_amount, receipts, end_balance, total_amount, line_count,
						trade_count, content_json, content_hash, state, state_reason, job_execution_id, statement_no)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
		}
		if (!existing.isEmpty()) {
			// a statement new to the ledger holds no lines yet
			this.jdbc.sql("DELETE FROM statement_line WHERE statement_no IN (:numbers)")
				.param("numbers", List.copyOf(existing.keySet()))
				.update();
		}
		List<Object[]> lines = new ArrayList<>();
		for (BuiltStatement statement : statements) {
			for (BuiltStatement.LineRef line : statement.lines()) {
				lines.add(new Object[] { statement.statementNo(), line.businessType().name(), line.detailId(),
						line.orderId(), line.amount() });
			}
		}
		this.jdbcTemplate.batchUpdate(
				"INSERT INTO statement_line (statement_no, business_type, detail_id, order_id, amount) VALUES (?, ?, ?, ?, ?)",
				lines);
	}

	private static Object[] values(BuiltStatement statement, StatementState state, long jobExecutionId) {
		GoodsTotals goods = statement.goodsTotals();
		StatementKey key = statement.key();
		return new Object[] { key.kind().name(), key.companyCode(), key.customerCode(), key.tradeMonth().toString(),
				(goods != null) ? goods.beginBalance() : null, statement.openingSource(),
				(goods != null) ? goods.shipments() : null, (goods != null) ? goods.returns() : null,
				(goods != null) ? goods.receipts() : null, (goods != null) ? goods.endBalance() : null,
				statement.total(), statement.lines().size(), statement.tradeCount(), statement.contentJson(),
				statement.contentHash(), state.name(), statement.invalidReason(), jobExecutionId,
				statement.statementNo() };
	}

	private static StatementState stateFor(BuiltStatement statement, @Nullable Existing existing) {
		if (statement.invalidReason() != null) {
			return StatementState.INVALID;
		}
		if (existing != null && statement.contentHash().equals(existing.sentHash())) {
			return (existing.state() == StatementState.VERIFIED) ? StatementState.VERIFIED : StatementState.SENT;
		}
		if (existing != null && existing.state() == StatementState.CONFLICT
				&& statement.contentHash().equals(existing.contentHash())) {
			// already reported and logged in Qince; not again every night
			return StatementState.CONFLICT;
		}
		return StatementState.BUILT;
	}

	/**
	 * Note, in the caller's transaction if there is one, that statements are about to be
	 * sent, so that a restart after a crash can ask Qince instead of sending them twice:
	 * the send step records the attempts of a page of statements in one transaction
	 * before any of their calls is made (one that did not come through that page alone,
	 * just before its call).
	 */
	public void recordAttempts(List<Attempt> attempts) {
		if (attempts.isEmpty()) {
			return;
		}
		this.jdbcTemplate.batchUpdate("""
				UPDATE statement_ledger SET attempt_hash = ?, attempt_at = ?, attempt_qince_modify_time = ?
				WHERE statement_no = ?""",
				attempts.stream()
					.map((attempt) -> new Object[] { attempt.contentHash(), Timestamp.valueOf(attempt.at()),
							attempt.qinceModifyTime(), attempt.statementNo() })
					.toList());
	}

	/**
	 * Take back attempts whose sends never started, in the caller's transaction: each
	 * statement gets back the attempt it had before, unless an attempt of other content
	 * was recorded since.
	 */
	public void takeBackAttempts(List<TakenBack> attempts) {
		if (attempts.isEmpty()) {
			return;
		}
		this.jdbcTemplate.batchUpdate("""
				UPDATE statement_ledger SET attempt_hash = ?, attempt_at = ?, attempt_qince_modify_time = ?
				WHERE statement_no = ? AND attempt_hash = ?""", attempts.stream()
			.map((taken) -> new Object[] { taken.previousHash(),
					(taken.previousAt() != null) ? Timestamp.valueOf(taken.previousAt()) : null,
					taken.previousQinceModifyTime(), taken.attempt().statementNo(), taken.attempt().contentHash() })
			.toList());
	}

	/**
	 * An attempt taken back, with the attempt the statement had before it.
	 */
	public record TakenBack(Attempt attempt, @Nullable String previousHash, @Nullable LocalDateTime previousAt,
			@Nullable String previousQinceModifyTime) {
	}

	/**
	 * A send about to be made.
	 *
	 * @param qinceModifyTime the modify_time of Qince's copy before this send, or null
	 * when Qince has none: the send landed only if Qince's copy changed since
	 */
	public record Attempt(String statementNo, String contentHash, LocalDateTime at, @Nullable String qinceModifyTime) {
	}

	/**
	 * The outcomes of sends are recorded in the caller's transaction: the send step's
	 * window writes the outcomes of the sends that ended together in one.
	 */
	public void recordSent(String statementNo, String contentHash, QinceAck ack, long jobExecutionId) {
		this.jdbc.sql("""
				UPDATE statement_ledger SET state = ?, state_reason = NULL, sent_hash = ?, sent_at = CURRENT_TIMESTAMP,
					send_count = send_count + 1, send_msg_id = ?, send_return_code = ?, send_return_msg = ?,
					job_execution_id = ?
				WHERE statement_no = ?""")
			.params(StatementState.SENT.name(), contentHash, ack.msgId(), ack.returnCode(), ack.returnMsg(),
					jobExecutionId, statementNo)
			.update();
	}

	/**
	 * Qince already holds this content (a send before a crash landed); nothing was sent
	 * now.
	 */
	public void recordLanded(String statementNo, String contentHash) {
		this.jdbc.sql("""
				UPDATE statement_ledger SET state = ?, state_reason = 'accepted before the previous run stopped',
					sent_hash = ?, sent_at = attempt_at WHERE statement_no = ?""")
			.params(StatementState.SENT.name(), contentHash, statementNo)
			.update();
	}

	public void recordRefused(String statementNo, StatementState state, String reason, String returnCode) {
		this.jdbc.sql("""
				UPDATE statement_ledger SET state = ?, state_reason = ?, send_return_code = ? WHERE statement_no = ?""")
			.params(state.name(), Columns.fit(reason, 1000), returnCode, statementNo)
			.update();
	}

	/**
	 * Record what Qince lists for a month, and count statements it lists with their
	 * accepted content as VERIFIED.
	 * @return how many statements of the ledger Qince lists
	 */
	public int recordQinceState(StatementKind kind, YearMonth month, List<StatementStatus> listed) {
		// what Qince no longer lists must not pass for listed (an old id, an old status)
		this.jdbc.sql("""
				UPDATE statement_ledger SET qince_statement_id = NULL, qince_status = NULL, qince_modify_time = NULL
				WHERE kind = ? AND trade_month = ?""").params(kind.name(), month.toString()).update();
		List<StatementStatus> withIds = listed.stream().filter((status) -> !status.statementId().isBlank()).toList();
		int[][] updated = this.jdbcTemplate.batchUpdate("""
				UPDATE statement_ledger SET qince_statement_id = ?, qince_status = ?, qince_modify_time = ?
				WHERE statement_no = ? AND kind = ? AND trade_month = ?""", withIds, 500, (ps, status) -> {
			ps.setString(1, status.statementId());
			ps.setString(2, status.statementStatus());
			ps.setString(3, status.modifyTime());
			ps.setString(4, status.serialNo());
			ps.setString(5, kind.name());
			ps.setString(6, month.toString());
		});
		int matched = 0;
		for (int[] batch : updated) {
			for (int count : batch) {
				matched += Math.max(count, 0);
			}
		}
		return matched;
	}

	/** How many statements of a kind and month the ledger holds, of every customer. */
	public long count(StatementKind kind, YearMonth month) {
		return this.jdbc.sql("SELECT COUNT(*) FROM statement_ledger WHERE kind = ? AND trade_month = ?")
			.params(kind.name(), month.toString())
			.query(Long.class)
			.single();
	}

	/** Statements Qince accepted and lists: VERIFIED. */
	public int verifySent(StatementKind kind, YearMonth month) {
		return this.jdbc.sql("""
				UPDATE statement_ledger SET state = ?
				WHERE kind = ? AND trade_month = ? AND state = ? AND qince_statement_id IS NOT NULL""")
			.params(StatementState.VERIFIED.name(), kind.name(), month.toString(), StatementState.SENT.name())
			.update();
	}

	/**
	 * The numbers of the statements of a kind and month in a state, of the run's
	 * customers when it names some, in number order.
	 */
	public List<String> statementNumbers(StatementKind kind, TradeMonthRun run, StatementState state) {
		String customers = run.customers().isEmpty() ? "" : " AND customer_code IN (:customers)";
		JdbcClient.StatementSpec spec = this.jdbc
			.sql("SELECT statement_no FROM statement_ledger WHERE kind = :kind AND trade_month = :month"
					+ " AND state = :state" + customers + " ORDER BY statement_no")
			.param("kind", kind.name())
			.param("month", run.tradeMonth().toString())
			.param("state", state.name());
		if (!customers.isEmpty()) {
			spec = spec.param("customers", List.copyOf(run.customers()));
		}
		return spec.query(String.class).list();
	}

	private record Existing(StatementState state, @Nullable String sentHash, String contentHash) {
	}

}
