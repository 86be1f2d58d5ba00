package com.qincebridge.qince;

import com.qincebridge.http.Varchar;
import org.jspecify.annotations.Nullable;

/**
 * A reversal (红冲) of a prepayment, the body of reverseApply and reverseOnlineCostApply.
 *
 * @param code the prepayment to reverse, VARCHAR(100), required
 * @param account who reverses it, VARCHAR(100), required
 * @param reverseTime when, VARCHAR(100); Qince uses the day of the call when null
 */
public record PrepaymentReversal(@Varchar(value = 100, required = true) String code,
		@Varchar(value = 100, required = true) String account, @Varchar(100) @Nullable String reverseTime) {
}
