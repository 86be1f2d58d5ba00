package com.qincebridge.qince;

import java.util.List;

import com.qincebridge.http.Varchar;
import org.jspecify.annotations.Nullable;

/**
 * An expense statement (费用对账单), the body of saveExpense. Either {@code tradeMonth} or
 * both dates must be given. Null fields are left out of the body.
 *
 * @param statementNo statement number (对账单号), VARCHAR(32), required
 * @param customerCode customer code, VARCHAR(100), required
 * @param startDate yyyy-MM-dd, VARCHAR(100)
 * @param endDate yyyy-MM-dd, VARCHAR(100)
 * @param tradeMonth yyyy-MM, VARCHAR(100)
 * @param deptCode trading department code, VARCHAR(100)
 * @param deptName trading department name, VARCHAR(100)
 * @param deptSourceCode trading department's id in the third-party system, VARCHAR(100)
 * @param trade the trades (交易明细)
 * @param exts the statement's custom fields
 */
public record ExpenseStatement(@Varchar(value = 32, required = true) String statementNo,
		@Varchar(value = 100, required = true) String customerCode, @Varchar(100) @Nullable String startDate,
		@Varchar(100) @Nullable String endDate, @Varchar(100) @Nullable String tradeMonth,
		@Varchar(100) @Nullable String deptCode, @Varchar(100) @Nullable String deptName,
		@Varchar(100) @Nullable String deptSourceCode, @Nullable List<ExpenseStatementTrade> trade,
		@Nullable List<QinceExt> exts) {
}
