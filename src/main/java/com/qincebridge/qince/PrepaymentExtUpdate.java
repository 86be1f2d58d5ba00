package com.qincebridge.qince;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An update of prepayment line custom fields (extFiledUpdate): only the fields listed
 * change. Name the prepayment by code or by id. For {@link PrepaymentVariant#ONLINE_COST}
 * the list is required.
 *
 * @param prepaymentCode the prepayment number
 * @param prepaymentId Qince's prepayment id
 * @param extList the field values, one per line and field
 */
public record PrepaymentExtUpdate(@Nullable String prepaymentCode, @Nullable String prepaymentId,
		@Nullable List<PrepaymentLineExt> extList) {
}
