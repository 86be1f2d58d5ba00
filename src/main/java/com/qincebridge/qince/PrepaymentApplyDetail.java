package com.qincebridge.qince;

import java.util.List;

import com.qincebridge.http.Varchar;
import org.jspecify.annotations.Nullable;

/**
 * One line of a {@link PrepaymentApply}.
 *
 * @param activityCode the approved activity application (申请单号), VARCHAR(32), required
 * @param activityCmId the application line (活动申请明细行ID), VARCHAR(100); required for online
 * cost
 * @param prepaymentAmount the amount, as text (see {@link QinceMoney#format}),
 * VARCHAR(100); required for online cost
 * @param extFields the line's custom fields
 */
public record PrepaymentApplyDetail(@Varchar(value = 32, required = true) String activityCode,
		@Varchar(100) @Nullable String activityCmId, @Varchar(100) @Nullable String prepaymentAmount,
		@Nullable List<PrepaymentExtField> extFields) {
}
