package com.qincebridge.sandbox;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A prepayment the Qince simulator holds, as a snapshot.
 *
 * @param kind the variant
 * @param id Qince's id (19 digits), usable as prepayment_id in custom-field updates
 * @param code prepayment_code: the one sent, or one generated like YFK2025100100000001
 * @param name prepayment_name
 * @param account the handler's (经办人) account, also the creator
 * @param remark remark
 * @param amount the sum of the lines
 * @param flowStatus 0 waiting, 1 approved, 2 sent back, 3 in approval; 0 when added, 1
 * for a reversal
 * @param createTime yyyy-MM-dd HH:mm:ss
 * @param modifyTime yyyy-MM-dd HH:mm:ss, moved by every change
 * @param reverseStatus "" when not reversed, 1 reversed (被红冲), 2 a reversal (红冲)
 * @param reversalOf for a reversal, the code of the prepayment it reverses
 * @param reversedBy for a reversed prepayment, the code of its reversal
 * @param lines the lines
 */
public record QincePrepayment(PrepaymentKind kind, String id, String code, String name, String account, String remark,
		BigDecimal amount, String flowStatus, String createTime, String modifyTime, String reverseStatus,
		@Nullable String reversalOf, @Nullable String reversedBy, List<Line> lines) {

	/**
	 * A prepayment line.
	 *
	 * @param id its id (prepayment_cm_id in custom-field updates)
	 * @param activityCode the activity application
	 * @param activityCmId the application line, "" when not sent
	 * @param amount prepayment_amount, 0 when not sent
	 * @param extData the custom fields: ext_fields at creation, then every update
	 */
	public record Line(String id, String activityCode, String activityCmId, BigDecimal amount, JsonNode extData) {
	}

}
