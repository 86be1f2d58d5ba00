package com.qincebridge.qince;

import java.util.List;

import com.qincebridge.http.Varchar;
import org.jspecify.annotations.Nullable;

/**
 * One trade (交易明细) of an {@link ExpenseStatement}. The table gives it no amount.
 *
 * @param serialNo sequence number, VARCHAR(32)
 * @param voucherNo voucher (凭证), VARCHAR(32)
 * @param tradeDate yyyy-MM-dd HH:mm:ss, VARCHAR(100)
 * @param tradeType trade type, VARCHAR(32)
 * @param exts the trade's custom fields
 */
public record ExpenseStatementTrade(@Varchar(32) @Nullable String serialNo, @Varchar(32) @Nullable String voucherNo,
		@Varchar(100) @Nullable String tradeDate, @Varchar(32) @Nullable String tradeType,
		@Nullable List<QinceExt> exts) {
}
