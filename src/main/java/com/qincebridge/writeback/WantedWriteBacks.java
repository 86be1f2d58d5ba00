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
		String columns = switch (target) {
			case ORDER -> """
					SELECT DISTINCT sl.business_type, 'ORDER' AS target, sl.order_id AS target_id, s.statement_no,
						s.statement_no AS written_value, s.customer_code""";
			case DETAIL -> """
					SELECT sl.business_type, 'DETAIL' AS target, sl.detail_id AS target_id, s.statement_no,
						s.qince_statement_id AS written_value, s.customer_code""";
		};
		// a text block would strip the space the condition needs after ":verified"
		String goodsOwned = (kind == StatementKind.EXPENSE && target == WriteBack.Target.ORDER)
				? " AND NOT EXISTS (SELECT 1 FROM erp_line goods WHERE goods.business_type = sl.business_type"
						+ " AND goods.order_id = sl.order_id AND goods.category IN ('SHIPMENT', 'RETURN', 'RECEIPT'))"
				: "";
		return columns + """

				FROM statement_line sl JOIN statement_ledger s ON s.statement_no = sl.statement_no
				WHERE s.kind = :kind AND s.trade_month = :month AND s.state = :verified""" + goodsOwned;
	}

}
