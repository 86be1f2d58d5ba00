package com.qincebridge.prepayment;

import java.util.List;

import com.qincebridge.http.ApiJson;
import com.qincebridge.qince.OnlineCostEndRecord;
import com.qincebridge.qince.Prepayment;
import com.qincebridge.qince.PrepaymentDetail;
import com.qincebridge.qince.PrepaymentEndRecord;
import com.qincebridge.qince.PrepaymentVariant;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The local ledger of Qince prepayments. Every write is an upsert by Qince's keys
 * (prepayment code, line id, close record code), so writing the same state twice, from a
 * sync or a push, leaves the same rows. A prepayment's variant, once known, is kept when
 * a write does not know it (pushes do not say).
 */
@Component
class PrepaymentLedger {

	private final JdbcClient jdbc;

	PrepaymentLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Store a prepayment as Qince reports it, with its lines when {@code details} is
	 * given.
	 */
	void save(@Nullable PrepaymentVariant variant, Prepayment prepayment, @Nullable List<PrepaymentDetail> details) {
		this.jdbc.sql("""
				INSERT INTO prepayment (prepayment_code, variant, prepayment_name, create_time, creator_account,
				  creator_name, prepayment_amount, flow_status, auditor_account, audit_time, reverse_status,
				  reverser_account, reverse_time, operator_name, remark, deleted)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				ON DUPLICATE KEY UPDATE variant = COALESCE(VALUES(variant), variant),
				  prepayment_name = VALUES(prepayment_name), create_time = VALUES(create_time),
				  creator_account = VALUES(creator_account), creator_name = VALUES(creator_name),
				  prepayment_amount = VALUES(prepayment_amount), flow_status = VALUES(flow_status),
				  auditor_account = VALUES(auditor_account), audit_time = VALUES(audit_time),
				  reverse_status = VALUES(reverse_status), reverser_account = VALUES(reverser_account),
				  reverse_time = VALUES(reverse_time), operator_name = VALUES(operator_name),
				  remark = VALUES(remark), deleted = 0""")
			.params(prepayment.prepaymentCode(), (variant != null) ? variant.name() : null, prepayment.prepaymentName(),
					prepayment.createTime(), prepayment.creatorAccount(), prepayment.creatorName(),
					prepayment.prepaymentAmount(), prepayment.flowStatus(), prepayment.auditorAccount(),
					prepayment.auditTime(), prepayment.reverseStatus(), prepayment.reverserAccount(),
					prepayment.reverseTime(), prepayment.operatorName(), prepayment.remark())
			.update();
		if (details != null) {
			saveLines(prepayment.prepaymentCode(), details);
		}
	}

	private void saveLines(String code, List<PrepaymentDetail> details) {
		List<String> ids = details.stream().map(PrepaymentDetail::id).toList();
		this.jdbc
			.sql("DELETE FROM prepayment_line WHERE prepayment_code = :code"
					+ (ids.isEmpty() ? "" : " AND line_id NOT IN (:ids)"))
			.param("code", code)
			.param("ids", ids)
			.update();
		for (PrepaymentDetail line : details) {
			this.jdbc
				.sql("""
						INSERT INTO prepayment_line (line_id, prepayment_code, activity_code, activity_cm_id,
						  activity_cm_amount, prepaid_amount, prepayment_amount, verified_amount, verifying_amount, ext_data)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						ON DUPLICATE KEY UPDATE prepayment_code = VALUES(prepayment_code),
						  activity_code = VALUES(activity_code), activity_cm_id = VALUES(activity_cm_id),
						  activity_cm_amount = VALUES(activity_cm_amount), prepaid_amount = VALUES(prepaid_amount),
						  prepayment_amount = VALUES(prepayment_amount), verified_amount = VALUES(verified_amount),
						  verifying_amount = VALUES(verifying_amount), ext_data = VALUES(ext_data)""")
				.params(line.id(), code, line.activityCode(), line.activityCmId(), line.activityCmAmount(),
						line.prepaidAmount(), line.prepaymentAmount(), line.verifiedAmount(), line.verifyingAmount(),
						(line.extData() != null) ? ApiJson.mapper().writeValueAsString(line.extData()) : null)
				.update();
		}
	}

	/**
	 * Mark a prepayment deleted in Qince; a code the ledger does not know is recorded
	 * too.
	 */
	void markDeleted(String code) {
		this.jdbc
			.sql("INSERT INTO prepayment (prepayment_code, deleted) VALUES (?, 1) "
					+ "ON DUPLICATE KEY UPDATE deleted = VALUES(deleted)")
			.param(code)
			.update();
	}

	/**
	 * Link each red document (reverse_status 2) not yet linked to the prepayment it
	 * reverses: the reversed one (reverse_status 1) of the same reverser, reverse time
	 * and name whose amount is its negation. Qince's list gives no other link.
	 */
	void linkReversals() {
		List<String[]> pairs = this.jdbc.sql("""
				SELECT red.prepayment_code, MIN(original.prepayment_code) FROM prepayment red
				JOIN prepayment original ON original.reverse_status = '1' AND original.reversed_by IS NULL
				  AND original.reverser_account = red.reverser_account AND original.reverse_time = red.reverse_time
				  AND original.prepayment_name = red.prepayment_name
				  AND original.prepayment_amount = -red.prepayment_amount
				WHERE red.reverse_status = '2' AND red.reversal_of IS NULL
				GROUP BY red.prepayment_code ORDER BY red.prepayment_code""")
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		for (String[] pair : pairs) {
			int linked = this.jdbc
				.sql("UPDATE prepayment SET reversed_by = ? WHERE prepayment_code = ? AND reversed_by IS NULL")
				.params(pair[0], pair[1])
				.update();
			if (linked == 1) {
				this.jdbc.sql("UPDATE prepayment SET reversal_of = ? WHERE prepayment_code = ?")
					.params(pair[1], pair[0])
					.update();
			}
		}
	}

	void saveEndRecord(PrepaymentEndRecord record) {
		saveEndRecord(PrepaymentVariant.AP_CP, record.endCode(), record.createTime(), record.activityCode(),
				record.activityName(), record.supplierCode(), record.supplierName(), new Object[] {
						record.applyAmount(), record.prepaymentAmount(), record.verifiedAmount(), record.endAmount() },
				record);
	}

	void saveEndRecord(OnlineCostEndRecord record) {
		saveEndRecord(PrepaymentVariant.ONLINE_COST, record.endCode(), record.createTime(), record.activityCode(),
				record.activityName(), null, null, new Object[] { record.applyAmount(), record.prepaymentAmount(),
						record.verifiedAmount(), record.endAmount() },
				record);
	}

	private void saveEndRecord(PrepaymentVariant variant, String endCode, @Nullable String createTime,
			@Nullable String activityCode, @Nullable String activityName, @Nullable String supplierCode,
			@Nullable String supplierName, @Nullable Object[] amounts, Object raw) {
		this.jdbc.sql("""
				INSERT INTO prepayment_end_record (variant, end_code, create_time, activity_code, activity_name,
				  supplier_code, supplier_name, apply_amount, prepayment_amount, verified_amount, end_amount, raw_json)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON DUPLICATE KEY UPDATE create_time = VALUES(create_time), activity_code = VALUES(activity_code),
				  activity_name = VALUES(activity_name), supplier_code = VALUES(supplier_code),
				  supplier_name = VALUES(supplier_name), apply_amount = VALUES(apply_amount),
				  prepayment_amount = VALUES(prepayment_amount), verified_amount = VALUES(verified_amount),
				  end_amount = VALUES(end_amount), raw_json = VALUES(raw_json)""")
			.params(variant.name(), endCode, createTime, activityCode, activityName, supplierCode, supplierName,
					amounts[0], amounts[1], amounts[2], amounts[3], ApiJson.mapper().writeValueAsString(raw))
			.update();
	}

}
