package com.qincebridge.qince;

import com.qincebridge.http.Varchar;
import org.jspecify.annotations.Nullable;

/**
 * One document line (单据明细) of a {@link GoodsStatementTrade}: one ERP detail line. All
 * fields are VARCHAR(32).
 *
 * @param statementNo the statement number, the same as the statement's serialNo
 * @param serialNo the line's sequence number
 * @param voucherNo the trade's voucher, the same as its voucherNo
 * @param productCode product code
 * @param productName product name
 * @param amount amount
 * @param number quantity
 * @param customerCode customer code
 * @param startDate the statement's start date, yyyy-MM-dd
 */
public record GoodsStatementDetail(@Varchar(32) @Nullable String statementNo, @Varchar(32) @Nullable String serialNo,
		@Varchar(32) @Nullable String voucherNo, @Varchar(32) @Nullable String productCode,
		@Varchar(32) @Nullable String productName, @Varchar(32) @Nullable String amount,
		@Varchar(32) @Nullable String number, @Varchar(32) @Nullable String customerCode,
		@Varchar(32) @Nullable String startDate) {
}
