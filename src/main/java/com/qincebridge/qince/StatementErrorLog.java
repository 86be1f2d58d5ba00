package com.qincebridge.qince;

import com.qincebridge.http.Varchar;
import org.jspecify.annotations.Nullable;

/**
 * Why a customer's statement could not be built or was refused: the body of
 * saveStatementError and saveExpenseError, which share it.
 *
 * @param customerCode customer code, VARCHAR(32), required
 * @param startDate the statement's start date, yyyy-MM-dd, VARCHAR(32)
 * @param errorReason the reason, VARCHAR(100), required
 * @param errorStatus error status, VARCHAR(32)
 */
public record StatementErrorLog(@Varchar(value = 32, required = true) String customerCode,
		@Varchar(32) @Nullable String startDate, @Varchar(value = 100, required = true) String errorReason,
		@Varchar(32) @Nullable String errorStatus) {
}
