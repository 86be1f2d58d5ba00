package com.qincebridge.prepayment;

import java.math.BigDecimal;
import java.util.Optional;

import com.qincebridge.qince.PrepaymentVariant;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write-ahead record of what the apply job did in Qince and the ERP, per action (ADD,
 * REVERSE) and code. Each state is committed on its own (REQUIRES_NEW) as soon as it is
 * true, so a chunk rolled back by a failure, or a process killed mid-chunk, never hides a
 * call that was made ({@link ApplyState}).
 */
@Component
class ApplyLog {

	private final JdbcClient jdbc;

	ApplyLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<ApplyState> state(String action, String code) {
		return this.jdbc.sql("SELECT state FROM prepayment_apply WHERE action = ? AND code = ?")
			.params(action, code)
			.query(String.class)
			.optional()
			.map(ApplyState::valueOf);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String action, String code, PrepaymentVariant variant, ApplyState state,
			@Nullable String reason) {
		this.jdbc.sql("""
				INSERT INTO prepayment_apply (action, code, variant, state, reason) VALUES (?, ?, ?, ?, ?)
				ON DUPLICATE KEY UPDATE variant = VALUES(variant), state = VALUES(state), reason = VALUES(reason),
				  updated_at = CURRENT_TIMESTAMP""")
			.params(action, code, variant.name(), state.name(), reason)
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void link(String erpDetailId, String code, String lineId, String activityCode, BigDecimal amount) {
		this.jdbc.sql("""
				INSERT INTO prepayment_erp_link (erp_detail_id, prepayment_code, line_id, activity_code, amount)
				VALUES (?, ?, ?, ?, ?)
				ON DUPLICATE KEY UPDATE prepayment_code = VALUES(prepayment_code), line_id = VALUES(line_id),
				  activity_code = VALUES(activity_code), amount = VALUES(amount)""")
			.params(erpDetailId, code, lineId, activityCode, amount)
			.update();
	}

}
