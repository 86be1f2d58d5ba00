package com.qincebridge.qince;

import java.util.List;

import com.qincebridge.http.Varchar;
import org.jspecify.annotations.Nullable;

/**
 * A goods-payment statement (货款对账单), the body of saveStatement. Amounts and quantities
 * are the exact text sent (see {@link QinceMoney#format}). Either {@code tradeMonth} or
 * both dates must be given. Null fields are left out of the body.
 *
 * @param serialNo statement number (对账单号), VARCHAR(32), required
 * @param customerCode customer code, VARCHAR(100), required
 * @param startDate yyyy-MM-dd, VARCHAR(100)
 * @param endDate yyyy-MM-dd, VARCHAR(100)
 * @param tradeMonth yyyy-MM, VARCHAR(100)
 * @param auto 创建人, an int in the table, meaning undocumented; null to leave out
 * @param deptCode trading department code, VARCHAR(100)
 * @param deptName trading department name, VARCHAR(100)
 * @param deptSourceCode trading department's id in the third-party system, VARCHAR(100)
 * @param businessName 营业部, VARCHAR(100)
 * @param businessAddr 营业部地址, VARCHAR(100) (printed as a second business_name in the
 * table; the example names it business_addr)
 * @param telphone phone, VARCHAR(100), spelled as the API spells it
 * @param beginBalance 期初余额, VARCHAR(32)
 * @param zjkje 本期缴款金额 (payments received), VARCHAR(32)
 * @param zchje 本期出货金额 (shipments), VARCHAR(32)
 * @param zthje 本期退货金额 (returns), VARCHAR(32)
 * @param zqmye 期末余额 (ending balance), VARCHAR(32)
 * @param zchsl 本期出货数量 (quantity shipped), VARCHAR(32)
 * @param zthsl 本期退货数量 (quantity returned), VARCHAR(32)
 * @param zjcsl 本期出货净数量 (net quantity shipped), VARCHAR(32)
 * @param trade the trades (交易明细)
 * @param exts the statement's custom fields
 */
public record GoodsStatement(@Varchar(value = 32, required = true) String serialNo,
		@Varchar(value = 100, required = true) String customerCode, @Varchar(100) @Nullable String startDate,
		@Varchar(100) @Nullable String endDate, @Varchar(100) @Nullable String tradeMonth, @Nullable Integer auto,
		@Varchar(100) @Nullable String deptCode, @Varchar(100) @Nullable String deptName,
		@Varchar(100) @Nullable String deptSourceCode, @Varchar(100) @Nullable String businessName,
		@Varchar(100) @Nullable String businessAddr, @Varchar(100) @Nullable String telphone,
		@Varchar(32) @Nullable String beginBalance, @Varchar(32) @Nullable String zjkje,
		@Varchar(32) @Nullable String zchje, @Varchar(32) @Nullable String zthje, @Varchar(32) @Nullable String zqmye,
		@Varchar(32) @Nullable String zchsl, @Varchar(32) @Nullable String zthsl, @Varchar(32) @Nullable String zjcsl,
		@Nullable List<GoodsStatementTrade> trade, @Nullable List<QinceExt> exts) {
}
