package com.qincebridge.statement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statement ledger as operators look at it: the months' statements by state with
 * their money, lists of statements, one statement with what was sent (its trades as sent,
 * the ERP lines it holds), Qince's answers and its write-backs, and the statements and
 * write-backs that need someone's attention.
 */
@Component
public class StatementViews {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COLUMNS = """
			SELECT statement_no, kind, company_code, customer_code, trade_month, state, state_reason, total_amount,
				begin_balance, shipments, returns_amount, receipts, end_balance, line_count, trade_count, sent_at,
				send_count, send_msg_id, send_return_code, send_return_msg, qince_statement_id, qince_status, built_at
			FROM statement_ledger""";

	private final JdbcClient jdbc;

	StatementViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Per trade month (newest first), kind and state: how many statements and their
	 * money.
	 */
	public List<MonthState> monthStates() {
		return this.jdbc.sql("""
				SELECT trade_month, kind, state, COUNT(*), COALESCE(SUM(total_amount), 0), COALESCE(SUM(end_balance), 0)
				FROM statement_ledger GROUP BY trade_month, kind, state ORDER BY trade_month DESC, kind, state""")
			.query((rs, row) -> new MonthState(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getBigDecimal(5), rs.getBigDecimal(6)))
			.list();
	}

	/** Statements matching the filter (each part null for any), by month and number. */
	public List<Statement> list(@Nullable String month, @Nullable String company, @Nullable String customer,
			@Nullable String state, int limit) {
		return this.jdbc.sql(COLUMNS + """
				 WHERE (:month IS NULL OR trade_month = :month) AND (:company IS NULL OR company_code = :company)
					AND (:customer IS NULL OR customer_code = :customer) AND (:state IS NULL OR state = :state)
				ORDER BY trade_month DESC, statement_no LIMIT :limit""")
			.param("month", month)
			.param("company", company)
			.param("customer", customer)
			.param("state", state)
			.param("limit", limit)
			.query((rs, row) -> statement(rs))
			.list();
	}

	/** Statements Qince refused, in conflict with a confirmed copy, or invalid. */
	public List<Statement> needingAttention() {
		return this.jdbc
			.sql(COLUMNS
					+ " WHERE state IN ('REJECTED', 'CONFLICT', 'INVALID') ORDER BY trade_month DESC, statement_no")
			.query((rs, row) -> statement(rs))
			.list();
	}

	public Optional<Statement> find(String statementNo) {
		return this.jdbc.sql(COLUMNS + " WHERE statement_no = ?")
			.param(statementNo)
			.query((rs, row) -> statement(rs))
			.optional();
	}

	/** The trades of the statement as they were built to be sent (its content). */
	public List<Trade> trades(String statementNo) {
		String content = this.jdbc.sql("SELECT content_json FROM statement_ledger WHERE statement_no = ?")
			.param(statementNo)
			.query(String.class)
			.optional()
			.orElse("{}");
		JsonNode root = JSON.readTree(content);
		JsonNode trades = root.has("trade") ? root.get("trade") : root.path("trades");
		List<Trade> result = new ArrayList<>();
		for (JsonNode trade : trades) {
			result.add(new Trade(text(trade, "voucher_no"), text(trade, "trade_date"),
					(text(trade, "trade_desc") != null) ? text(trade, "trade_desc") : text(trade, "trade_type"),
					text(trade, "trade_amount"), trade.path("detail").size()));
		}
		return result;
	}

	/** The ERP lines the statement holds, with what each contributed. */
	public List<Line> lines(String statementNo) {
		return this.jdbc.sql("""
				SELECT sl.business_type, sl.detail_id, sl.order_id, l.order_code, l.order_date, l.item_type_name,
					l.category, sl.amount
				FROM statement_line sl LEFT JOIN erp_line l
					ON l.business_type = sl.business_type AND l.detail_id = sl.detail_id
				WHERE sl.statement_no = ? ORDER BY l.order_date, sl.order_id, sl.detail_id""")
			.param(statementNo)
			.query((rs, row) -> new Line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					date(rs.getDate(5)), rs.getString(6), rs.getString(7), rs.getBigDecimal(8)))
			.list();
	}

	/** The write-backs made for the statement. */
	public List<WriteBackRow> writeBacks(String statementNo) {
		return writeBacks("w.statement_no = ?", statementNo);
	}

	/** Write-backs zhixdl refused, with the reason. */
	public List<WriteBackRow> refusedWriteBacks() {
		return writeBacks("w.state = ?", "FAILED");
	}

	private List<WriteBackRow> writeBacks(String where, String value) {
		return this.jdbc.sql("""
				SELECT w.business_type, w.target, w.target_id, w.written_value, w.statement_no, w.state, w.reason,
					w.written_at, s.trade_month
				FROM erp_writeback w LEFT JOIN statement_ledger s ON s.statement_no = w.statement_no
				WHERE %s ORDER BY w.statement_no, w.target, w.target_id""".formatted(where))
			.param(value)
			.query((rs, row) -> new WriteBackRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), timestamp(rs.getTimestamp(8)), rs.getString(9)))
			.list();
	}

	private static Statement statement(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Statement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
				rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBigDecimal(13), rs.getInt(14), rs.getInt(15),
				timestamp(rs.getTimestamp(16)), rs.getInt(17), rs.getString(18), rs.getString(19), rs.getString(20),
				rs.getString(21), rs.getString(22), timestamp(rs.getTimestamp(23)));
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && !value.isNull()) ? value.asString() : null;
	}

	private static @Nullable String date(@Nullable Date date) {
		return (date != null) ? date.toString() : null;
	}

	private static @Nullable String timestamp(@Nullable Timestamp time) {
		return (time != null) ? time.toLocalDateTime().withNano(0).toString().replace('T', ' ') : null;
	}

	/** Statements of one month, kind and state, with their total and ending balances. */
	public record MonthState(String tradeMonth, String kind, String state, long count, BigDecimal total,
			BigDecimal endBalance) {
	}

	/**
	 * One statement of the ledger.
	 *
	 * @param kind GOODS (货款对账单) or EXPENSE (费用对账单)
	 * @param sendReturnCode Qince's return_code to the last send, with its message
	 * @param qinceStatementId Qince's statement id, once verified
	 */
	public record Statement(String statementNo, String kind, String companyCode, String customerCode, String tradeMonth,
			String state, @Nullable String stateReason, BigDecimal totalAmount, @Nullable BigDecimal beginBalance,
			@Nullable BigDecimal shipments, @Nullable BigDecimal returns, @Nullable BigDecimal receipts,
			@Nullable BigDecimal endBalance, int lineCount, int tradeCount, @Nullable String sentAt, int sendCount,
			@Nullable String sendMsgId, @Nullable String sendReturnCode, @Nullable String sendReturnMsg,
			@Nullable String qinceStatementId, @Nullable String qinceStatus, @Nullable String builtAt) {
	}

	/**
	 * One trade as sent: the ERP order's voucher number, date, type, amount and lines.
	 */
	public record Trade(@Nullable String voucherNo, @Nullable String tradeDate, @Nullable String description,
			@Nullable String amount, int details) {
	}

	public record Line(String businessType, String detailId, String orderId, @Nullable String orderCode,
			@Nullable String orderDate, @Nullable String itemType, @Nullable String category, BigDecimal amount) {
	}

	public record WriteBackRow(String businessType, String target, String targetId, @Nullable String writtenValue,
			String statementNo, String state, @Nullable String reason, @Nullable String writtenAt,
			@Nullable String tradeMonth) {
	}

}
