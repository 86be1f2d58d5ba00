package com.qincebridge.qince;

import java.util.List;

import com.qincebridge.http.Varchar;
import org.jspecify.annotations.Nullable;

/**
 * One trade (交易明细) of a {@link GoodsStatement}: one ERP order.
 *
 * @param statementNo the statement number, the same as the statement's serialNo,
 * VARCHAR(32)
 * @param serialNo the trade's sequence number (只是顺序号), VARCHAR(32)
 * @param voucherNo the voucher (凭证), VARCHAR(32)
 * @param tradeDate yyyy-MM-dd, VARCHAR(100)
 * @param tradeDesc trade type (交易类型), VARCHAR(32)
 * @param tradeAmount amount, VARCHAR(32)
 * @param totalCount number of cases (箱数), VARCHAR(32)
 * @param customerCode customer code, VARCHAR(32)
 * @param startDate the statement's start date, yyyy-MM-dd, VARCHAR(32)
 * @param detail the document lines (单据明细)
 * @param exts the trade's custom fields
 */
public record GoodsStatementTrade(@Varchar(32) @Nullable String statementNo, @Varchar(32) @Nullable String serialNo,
		@Varchar(32) @Nullable String voucherNo, @Varchar(100) @Nullable String tradeDate,
		@Varchar(32) @Nullable String tradeDesc, @Varchar(32) @Nullable String tradeAmount,
		@Varchar(32) @Nullable String totalCount, @Varchar(32) @Nullable String customerCode,
		@Varchar(32) @Nullable String startDate, @Nullable List<GoodsStatementDetail> detail,
		@Nullable List<QinceExt> exts) {
}
