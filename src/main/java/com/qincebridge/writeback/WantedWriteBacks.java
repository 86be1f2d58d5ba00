package com.qincebridge.writeback;

import com.qincebridge.statement.StatementKind;

/**
 * The write-backs the verified statements of a kind and month want, as SQL shared by the
 * write-back step's plan and the check that nothing was left undone: per target, the
 * columns {@code business_type}, {@code target}, {@code target_id}, {@code statement_no},
 * {@code written_value}, {@code customer_code} over
 * {@code statement_line sl JOIN statement_ledger s}, with the parameters {@code :kind},
 * {@code :month} and {@code :verified}.
 * <p>
 * One owner per ERP order: an order holding goods lines (shipment, return, receipt)
 * carries the number of its 货款对账单 in voucher_no, even when some of its lines are
 * expenses; an expense statement writes voucher_no only on orders of expense lines alone.
 * Its lines still get third_id = the statement of each line. So voucher_no never flips
 * between HK… and FY… whatever the order the two jobs run in.
 */
final class WantedWriteBacks {

	private WantedWriteBacks() {
	}

	/** The SELECT of the wanted write-backs of one target, without a customer filter. */
	static String select(StatementKind kind, WriteBack.Target target) {
		return wanted(kind, target, "", "");
	}

	/**
	 * The SELECT of the wanted write-backs of one target that have no outcome of their
	 * value in {@code erp_writeback} in one of the states {@code :outcomes}, without a
	 * customer filter: an anti-join on erp_writeback's primary key ({@code LEFT JOIN …
	 * IS NULL}, one index lookup per wanted row). A NOT EXISTS over the union of both
	 * targets was materialised by MariaDB on a 1M-line month (every recorded write-back
	 * read, 16.7 s for the final check).
	 */
	static String withoutOutcome(StatementKind kind, WriteBack.Target target) {
		String id = (target == WriteBack.Target.ORDER) ? "sl.order_id" : "sl.detail_id";
		String value = (target == WriteBack.Target.ORDER) ? "s.statement_no" : "s.qince_statement_id";
		return wanted(kind, target, """

				LEFT JOIN erp_writeback w ON w.business_type = sl.business_type AND w.target = '%s'
					AND w.target_id = %s AND w.written_value = %s AND w.state IN (:outcomes)""".formatted(target.name(),
				id, value), " AND w.target_id IS NULL");
	}

	/**
	 * The one SELECT of what a verified statement wants, with a join and a condition
	 * more.
	 */
	private static String wanted(StatementKind kind, WriteBack.Target target, String join, String condition) {
		return columns(target) + """

				FROM statement_line sl JOIN statement_ledger s ON s.statement_no = sl.statement_no""" + join + """

				WHERE s.kind = :kind AND s.trade_month = :month AND s.state = :verified""" + condition
				+ goodsOwned(kind, target);
	}

	private static String columns(WriteBack.Target target) {
		return switch (target) {
			case ORDER -> """
					SELECT DISTINCT sl.business_type, 'ORDER' AS target, sl.order_id AS target_id, s.statement_no,
						s.statement_no AS written_value, s.customer_code""";
			case DETAIL -> """
					SELECT sl.business_type, 'DETAIL' AS target, sl.detail_id AS target_id, s.statement_no,
						s.qince_statement_id AS written_value, s.customer_code""";
		};
	}

	private static String goodsOwned(StatementKind kind, WriteBack.Target target) {
		// a text block would strip the space the condition needs after ":verified"
		return (kind == StatementKind.EXPENSE && target == WriteBack.Target.ORDER)
				? " AND NOT EXISTS (SELECT 1 FROM erp_line goods WHERE goods.business_type = sl.business_type"
						+ " AND goods.order_id = sl.order_id AND goods.category IN ('SHIPMENT', 'RETURN', 'RECEIPT'))"
				: "";
	}

}
