package com.qincebridge.prepayment;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The prepayment ledger as operators look at it: each prepayment of either variant (AP/CP
 * 万能促销, online cost 线上费用) with its lines' amounts and what links it to a reversal.
 */
@Component
public class PrepaymentList {

	private final JdbcClient jdbc;

	PrepaymentList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The prepayments of a variant ({@code AP_CP}, {@code ONLINE_COST}; null: all),
	 * newest first.
	 */
	public List<Entry> list(@Nullable String variant, int limit) {
		return this.jdbc
			.sql("""
					SELECT p.prepayment_code, p.variant, p.prepayment_name, p.create_time, p.prepayment_amount, p.flow_status,
						p.reverse_status, p.reversal_of, p.reversed_by, p.deleted,
						COUNT(l.line_id), COALESCE(SUM(l.verified_amount), 0)
					FROM prepayment p LEFT JOIN prepayment_line l ON l.prepayment_code = p.prepayment_code
					WHERE (:variant IS NULL OR p.variant = :variant)
					GROUP BY p.prepayment_code, p.variant, p.prepayment_name, p.create_time, p.prepayment_amount,
						p.flow_status, p.reverse_status, p.reversal_of, p.reversed_by, p.deleted
					ORDER BY p.create_time DESC, p.prepayment_code LIMIT :limit""")
			.param("variant", variant)
			.param("limit", limit)
			.query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBigDecimal(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
					rs.getInt(10) == 1, rs.getInt(11), rs.getBigDecimal(12)))
			.list();
	}

	/**
	 * One prepayment.
	 *
	 * @param variant AP_CP or ONLINE_COST; null while only a push reported it
	 * @param flowStatus Qince's flow status (1: approved)
	 * @param reverseStatus 1 reversed, 2 the red document of a reversal
	 */
	public record Entry(String code, @Nullable String variant, @Nullable String name, @Nullable String createTime,
			@Nullable BigDecimal amount, @Nullable String flowStatus, @Nullable String reverseStatus,
			@Nullable String reversalOf, @Nullable String reversedBy, boolean deleted, int lines, BigDecimal verified) {
	}

}
