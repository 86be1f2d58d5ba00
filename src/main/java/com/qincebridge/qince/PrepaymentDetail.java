package com.qincebridge.qince;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One prepayment line as queryDetailList and queryOnlineCostDetailList report it. Amounts
 * are read from strings or numbers, an empty string being null.
 *
 * @param id the line's id (预付款行ID), used as prepayment_cm_id in ext updates
 * @param prepaymentCode prepayment number
 * @param activityCode activity application number
 * @param activityCmId activity application line id
 * @param activityCmAmount amount applied for
 * @param prepaidAmount amount prepaid so far
 * @param prepaymentAmount this prepayment's amount
 * @param verifiedAmount amount verified (已核销)
 * @param verifyingAmount amount being verified (核销中)
 * @param extData the custom fields as Qince sent them: usually an object whose values are
 * strings or objects such as {@code {"name","code","id","source_code"}}; null when absent
 */
public record PrepaymentDetail(String id, @Nullable String prepaymentCode, @Nullable String activityCode,
		@Nullable String activityCmId, @Nullable BigDecimal activityCmAmount, @Nullable BigDecimal prepaidAmount,
		@Nullable BigDecimal prepaymentAmount, @Nullable BigDecimal verifiedAmount,
		@Nullable BigDecimal verifyingAmount, @Nullable JsonNode extData) {

	public PrepaymentDetail {
		Objects.requireNonNull(id, "id is missing");
	}

}
