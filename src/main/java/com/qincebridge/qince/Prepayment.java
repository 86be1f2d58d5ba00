package com.qincebridge.qince;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A prepayment (预付款申请单) as queryList and queryOnlineCostList report it, and as the change
 * pushes carry it. Amounts are read from strings or numbers, an empty string being null;
 * times are kept as Qince wrote them.
 *
 * @param prepaymentCode prepayment number
 * @param prepaymentName name
 * @param createTime created at
 * @param creatorAccount creator's account
 * @param creatorName creator's name
 * @param prepaymentAmount amount
 * @param flowStatus 0 waiting, 1 approved, 2 sent back, 3 in approval
 * @param auditorAccount last approver's account
 * @param auditorName last approver's name
 * @param auditTime last approved at
 * @param reverseStatus 1 reversed (被红冲), 2 a reversal (红冲); empty otherwise
 * @param reverserAccount who reversed it
 * @param reverserName who reversed it
 * @param reverseTime when it was reversed
 * @param operatorName handler (经办人)
 * @param remark remark
 * @param details the lines; only pushes carry them, queries leave them null
 */
public record Prepayment(String prepaymentCode, @Nullable String prepaymentName, @Nullable String createTime,
		@Nullable String creatorAccount, @Nullable String creatorName, @Nullable BigDecimal prepaymentAmount,
		@Nullable String flowStatus, @Nullable String auditorAccount, @Nullable String auditorName,
		@Nullable String auditTime, @Nullable String reverseStatus, @Nullable String reverserAccount,
		@Nullable String reverserName, @Nullable String reverseTime, @Nullable String operatorName,
		@Nullable String remark, @Nullable List<PrepaymentDetail> details) {

	public Prepayment {
		Objects.requireNonNull(prepaymentCode, "prepayment_code is missing");
	}

}
