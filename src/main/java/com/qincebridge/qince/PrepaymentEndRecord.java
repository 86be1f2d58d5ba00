package com.qincebridge.qince;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An AP/CP prepayment close record (关闭记录) as queryEndRecordList reports it. Amounts are
 * read from strings or numbers, an empty string being null.
 *
 * @param endCode close record number
 * @param createTime closed at
 * @param creatorCode who closed it (account)
 * @param creatorName who closed it (name)
 * @param endReason why
 * @param activityCode activity application number
 * @param activityName activity application name
 * @param supplierName supplier
 * @param supplierCode supplier code
 * @param areaName activity venue
 * @param applyAmount amount applied for
 * @param prepaymentAmount amount prepaid
 * @param verifiedAmount amount verified
 * @param endAmount amount closed
 */
public record PrepaymentEndRecord(String endCode, @Nullable String createTime, @Nullable String creatorCode,
		@Nullable String creatorName, @Nullable String endReason, @Nullable String activityCode,
		@Nullable String activityName, @Nullable String supplierName, @Nullable String supplierCode,
		@Nullable String areaName, @Nullable BigDecimal applyAmount, @Nullable BigDecimal prepaymentAmount,
		@Nullable BigDecimal verifiedAmount, @Nullable BigDecimal endAmount) {

	public PrepaymentEndRecord {
		Objects.requireNonNull(endCode, "end_code is missing");
	}

}
