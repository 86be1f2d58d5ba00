package com.qincebridge.qince;

import java.util.List;

import com.qincebridge.http.Varchar;
import org.jspecify.annotations.Nullable;

/**
 * A new prepayment (预付款申请单), the body of addApply and addOnlineCostApply. For
 * {@link PrepaymentVariant#ONLINE_COST} the account and each detail's activityCmId and
 * prepaymentAmount are required too; the client checks that before sending.
 *
 * @param code our prepayment number, VARCHAR(100); Qince refuses a repeated one, so a
 * deterministic code makes a retry safe
 * @param name name, VARCHAR(100)
 * @param account handler's account (经办人), VARCHAR(100)
 * @param remark remark, VARCHAR(4000)
 * @param details the lines
 */
public record PrepaymentApply(@Varchar(100) @Nullable String code, @Varchar(100) @Nullable String name,
		@Varchar(100) @Nullable String account, @Varchar(4000) @Nullable String remark,
		@Nullable List<PrepaymentApplyDetail> details) {
}
