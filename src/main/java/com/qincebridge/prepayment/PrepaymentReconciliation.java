package com.qincebridge.prepayment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The prepayments of each activity (申请单) and supplier, from the ledger: what was applied
 * for in Qince (Σ line amounts of the prepayments not deleted, reversals negative), what
 * of it is prepaid (the same over approved prepayments, flow_status 1; a reversal (红冲)
 * counts as prepaid when the prepayment it reverses was approved, so that a reversed
 * prepayment nets to zero whether or not it was approved before: Qince approves the red
 * document itself), verified (Σ verified_amount), closed (Σ end_amount of the close
 * records), and what the ERP paid (Σ amounts of the ERP payment details the apply job
 * linked to the activity's lines), with the difference ERP paid − prepaid. An activity's
 * supplier is the one its AP/CP close records name, empty when it has none: the
 * prepayment lines do not carry one.
 */
@Component
public class PrepaymentReconciliation {

	private static final String ROWS = """
			SELECT a.activity_code, COALESCE(MIN(e.supplier_code), '') AS supplier_code,
			  COALESCE((SELECT SUM(l.prepayment_amount) FROM prepayment_line l JOIN prepayment p
			    ON p.prepayment_code = l.prepayment_code AND p.deleted = 0
			    WHERE l.activity_code = a.activity_code), 0) AS applied,
			  COALESCE((SELECT SUM(l.prepayment_amount) FROM prepayment_line l JOIN prepayment p
			    ON p.prepayment_code = l.prepayment_code AND p.deleted = 0
			    LEFT JOIN prepayment o ON o.prepayment_code = p.reversal_of
			    WHERE l.activity_code = a.activity_code AND COALESCE(o.flow_status, p.flow_status) = '1'), 0) AS prepaid,
			  COALESCE((SELECT SUM(l.verified_amount) FROM prepayment_line l JOIN prepayment p
			    ON p.prepayment_code = l.prepayment_code AND p.deleted = 0
			    WHERE l.activity_code = a.activity_code), 0) AS verified,
			  COALESCE((SELECT SUM(c.end_amount) FROM prepayment_end_record c
			    WHERE c.activity_code = a.activity_code), 0) AS closed,
			  COALESCE((SELECT SUM(k.amount) FROM prepayment_erp_link k
			    WHERE k.activity_code = a.activity_code), 0) AS erp_paid
			FROM (SELECT activity_code FROM prepayment_line WHERE activity_code IS NOT NULL
			  UNION SELECT activity_code FROM prepayment_end_record WHERE activity_code IS NOT NULL
			  UNION SELECT activity_code FROM prepayment_erp_link) a
			LEFT JOIN prepayment_end_record e ON e.activity_code = a.activity_code AND e.supplier_code IS NOT NULL
			GROUP BY a.activity_code ORDER BY a.activity_code""";

	private final JdbcClient jdbc;

	PrepaymentReconciliation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One row per activity, by activity code; amounts to 2 decimals. */
	public List<Row> rows() {
		return this.jdbc.sql(ROWS)
			.query((rs, row) -> new Row(rs.getString(1), rs.getString(2), cents(rs.getBigDecimal(3)),
					cents(rs.getBigDecimal(4)), cents(rs.getBigDecimal(5)), cents(rs.getBigDecimal(6)),
					cents(rs.getBigDecimal(7))))
			.list();
	}

	/** The rows as a text table with a header line. */
	public String render() {
		StringBuilder text = new StringBuilder(String.format("%-20s %-12s %12s %12s %12s %12s %12s %12s%n", "activity",
				"supplier", "applied", "prepaid", "verified", "closed", "erp_paid", "difference"));
		for (Row row : rows()) {
			text.append(String.format("%-20s %-12s %12s %12s %12s %12s %12s %12s%n", row.activityCode(),
					row.supplierCode(), row.applied(), row.prepaid(), row.verified(), row.closed(), row.erpPaid(),
					row.difference()));
		}
		return text.toString();
	}

	private static BigDecimal cents(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * The prepayments of one activity.
	 *
	 * @param activityCode the activity application
	 * @param supplierCode its supplier, empty when no close record names one
	 * @param applied Σ line amounts of the prepayments not deleted
	 * @param prepaid Σ line amounts of the approved ones
	 * @param verified Σ verified amounts
	 * @param closed Σ amounts closed
	 * @param erpPaid Σ ERP payments linked
	 */
	public record Row(String activityCode, String supplierCode, BigDecimal applied, BigDecimal prepaid,
			BigDecimal verified, BigDecimal closed, BigDecimal erpPaid) {

		/** What the ERP paid beyond what Qince shows prepaid (negative: less). */
		public BigDecimal difference() {
			return this.erpPaid.subtract(this.prepaid);
		}

	}

}
