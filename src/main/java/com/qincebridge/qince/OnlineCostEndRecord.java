package com.qincebridge.qince;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An online-cost prepayment close record as queryOnlineCostEndRecordList reports it:
 * platform and paid item instead of supplier and venue. Amounts are read from strings or
 * numbers (prepayment_amount arrives as a number), an empty string being null; times are
 * kept as Qince wrote them (yyyy-MM-dd HH:mm in the example).
 *
 * @param id the record's id
 * @param endCode close record number
 * @param createTime closed at
 * @param creatorCode who closed it (account); absent from the example
 * @param creatorName who closed it (name)
 * @param endReason why
 * @param activityCode activity application number
 * @param activityName activity application name
 * @param platformName platform (平台), such as 淘宝
 * @param inputItemName paid item (付费项目)
 * @param exeCycle execution period, such as {@code 2024-08-15 ~ 2024-08-31}
 * @param applyAmount amount applied for
 * @param prepaymentAmount amount prepaid
 * @param verifiedAmount amount verified
 * @param endAmount amount closed
 */
public record OnlineCostEndRecord(@Nullable String id, String endCode, @Nullable String createTime,
		@Nullable String creatorCode, @Nullable String creatorName, @Nullable String endReason,
		@Nullable String activityCode, @Nullable String activityName, @Nullable String platformName,
		@Nullable String inputItemName, @Nullable String exeCycle, @Nullable BigDecimal applyAmount,
		@Nullable BigDecimal prepaymentAmount, @Nullable BigDecimal verifiedAmount, @Nullable BigDecimal endAmount) {

	public OnlineCostEndRecord {
		Objects.requireNonNull(endCode, "end_code is missing");
	}

}
